namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class DocumentRow
{
    public string Name { get; set; } = "";

    public string Text { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Fingerprint { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";
}
#pragma warning restore CA1812
