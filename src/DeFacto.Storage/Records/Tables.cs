namespace DeFacto.Storage.Records;

/// <summary>The ledger's tables, as the migrations create them.</summary>
internal static class Tables
{
    public static readonly TableSpec Sources = TableSpec.Evidence("sources",
        "kind", "title", "authors", "publisher", "container", "number", "published", "url", "language", "note", "accessed");

    public static readonly TableSpec Observations = TableSpec.Evidence("observations",
        "territory", "indicator", "value_point", "value_low", "value_high", "category", "unit", "qualifier", "status", "as_of",
        "source_id", "locator", "quote", "confidence", "note", "since");

    public static readonly TableSpec Events = TableSpec.Evidence("events",
        "type", "date", "parties", "title", "treaty_id", "source_id", "locator", "quote", "confidence", "note", "territory", "ends");

    public static readonly TableSpec Treaties = TableSpec.Evidence("treaties",
        "title", "parties", "signed", "in_force", "term", "source_id", "locator", "note");

    public static readonly TableSpec Ratifications = TableSpec.Plain("ratifications", "treaty_id, position",
        "treaty_id", "position", "party", "date");

    public static readonly TableSpec Provisions = TableSpec.Plain("provisions", "id",
        "id", "treaty_id", "position", "article", "territory", "indicator", "value_point", "value_low", "value_high", "category",
        "unit", "obligation", "source_id", "locator", "quote", "note");

    public static readonly TableSpec Documents = TableSpec.Plain("documents", "name",
        "name", "text", "origin", "fingerprint", "created_at", "updated_at");

    public static readonly TableSpec Candidates = TableSpec.Plain("candidates", "id",
        "id", "territory", "indicator", "value_point", "value_low", "value_high", "category", "unit", "status", "qualifier", "as_of",
        "document_name", "document_title", "span_start", "span_length", "quote", "confidence", "review_state", "reviewer",
        "observation_id", "created_at", "reviewed_at", "updated_at", "document_hash", "value_key",
        "sentence_text", "sentence_start", "sentence_length", "paragraph_text", "paragraph_start", "paragraph_length");

    public static readonly TableSpec Codings = TableSpec.Evidence("codings",
        "observation_id", "value_point", "value_low", "value_high", "category", "status", "qualifier", "note", "coded_on",
        "resolution_point", "resolution_low", "resolution_high", "resolution_category", "resolution_reason", "resolution_by", "resolution_on");

    public static readonly TableSpec Bundle = TableSpec.Plain("bundle", "id", "id", "hash", "merged_at");

    /// <summary>Every table, in an order that a copy can insert without breaking references.</summary>
    public static readonly IReadOnlyList<TableSpec> All =
        [Documents, Sources, Treaties, Ratifications, Provisions, Observations, Codings, Events, Candidates, Bundle];

    /// <summary>The tables whose records share one id space, as ids must be unique across a dataset's files.</summary>
    public static readonly IReadOnlyList<(string Kind, TableSpec Table)> IdSpaces =
        [("source", Sources), ("treaty", Treaties), ("provision", Provisions), ("observation", Observations), ("event", Events)];
}
