namespace DeFacto.Storage.Records;

// Rows as the database holds them; Dapper fills and reads them by property name.
/// <summary>Provenance columns shared by every evidence table.</summary>
internal abstract class ProvenanceRow
{
    public string Id { get; set; } = "";

    public string Origin { get; set; } = "";

    public string? Coder { get; set; }

    public long Seq { get; set; }

    public string Fingerprint { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";
}
