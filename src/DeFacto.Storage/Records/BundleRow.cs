namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
/// <summary>The one row that says which bundled dataset was last merged.</summary>
internal sealed class BundleRow
{
    public long Id { get; set; }

    public string Hash { get; set; } = "";

    public string MergedAt { get; set; } = "";

    public string? Listing { get; set; }
}
#pragma warning restore CA1812
