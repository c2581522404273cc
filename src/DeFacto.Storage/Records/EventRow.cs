namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class EventRow : ProvenanceRow
{
    public string Type { get; set; } = "";

    public string Date { get; set; } = "";

    public string Parties { get; set; } = "[]";

    public string Title { get; set; } = "";

    public string? TreatyId { get; set; }

    public string SourceId { get; set; } = "";

    public string? Locator { get; set; }

    public string? Quote { get; set; }

    public double Confidence { get; set; }

    public string? Note { get; set; }

    public string? Territory { get; set; }

    /// <summary>The domains the event ends, as a JSON list; null: the codebook's default for its type.</summary>
    public string? Ends { get; set; }
}
#pragma warning restore CA1812
