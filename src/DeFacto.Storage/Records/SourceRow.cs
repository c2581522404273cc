namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class SourceRow : ProvenanceRow
{
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string Authors { get; set; } = "[]";

    public string? Publisher { get; set; }

    public string? Container { get; set; }

    public string? Number { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public string? Accessed { get; set; }

    public string? Language { get; set; }

    public string? Note { get; set; }
}
#pragma warning restore CA1812
