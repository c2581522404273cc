using DeFacto.Storage.Candidates;

namespace DeFacto.Storage.Records;

/// <summary>
/// The ledger's tables, as the migrations create them. Each table's columns are its row type's properties
/// (<c>SourceId</c> → <c>source_id</c>): a new column is a new property on the row, named nowhere else.
/// </summary>
internal static class Tables
{
    public static readonly TableSpec Sources = TableSpec.Of<SourceRow>("sources");

    public static readonly TableSpec Observations = TableSpec.Of<ObservationRow>("observations");

    public static readonly TableSpec Events = TableSpec.Of<EventRow>("events");

    public static readonly TableSpec Treaties = TableSpec.Of<TreatyRow>("treaties");

    public static readonly TableSpec Ratifications = TableSpec.Of<RatificationRow>("ratifications", "treaty_id, position");

    public static readonly TableSpec Provisions = TableSpec.Of<ProvisionRow>("provisions");

    public static readonly TableSpec Documents = TableSpec.Of<DocumentRow>("documents", "name");

    public static readonly TableSpec Candidates = TableSpec.Of<CandidateRow>("candidates");

    public static readonly TableSpec Codings = TableSpec.Of<CodingRow>("codings");

    public static readonly TableSpec Bundle = TableSpec.Of<BundleRow>("bundle");

    /// <summary>Every table, in an order that a copy can insert without breaking references.</summary>
    public static readonly IReadOnlyList<TableSpec> All =
        [Documents, Sources, Treaties, Ratifications, Provisions, Observations, Codings, Events, Candidates, Bundle];

    /// <summary>The tables whose records share one id space, as ids must be unique across a dataset's files.</summary>
    public static readonly IReadOnlyList<(string Kind, TableSpec Table)> IdSpaces =
        [("source", Sources), ("treaty", Treaties), ("provision", Provisions), ("observation", Observations), ("event", Events)];
}
