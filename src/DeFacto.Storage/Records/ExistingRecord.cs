namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class ExistingRecord
{
    public string Id { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Fingerprint { get; set; } = "";
}
#pragma warning restore CA1812
