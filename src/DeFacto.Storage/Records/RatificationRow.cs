namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class RatificationRow
{
    public string TreatyId { get; set; } = "";

    public int Position { get; set; }

    public string Party { get; set; } = "";

    public string Date { get; set; } = "";
}
#pragma warning restore CA1812
