namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class TreatyRow : ProvenanceRow
{
    public string Title { get; set; } = "";

    public string Parties { get; set; } = "[]";

    public string? Signed { get; set; }

    public string? InForce { get; set; }

    public string? Term { get; set; }

    public string SourceId { get; set; } = "";

    public string? Locator { get; set; }

    public string? Note { get; set; }
}
#pragma warning restore CA1812
