namespace DeFacto.Dataset.Writing;

/// <summary>
/// The codebook and the registry as YAML documents. They are kept and written as text, not rebuilt
/// from the model, so comments, field order and fields the model does not hold survive a round trip.
/// </summary>
public sealed record DatasetDocuments(string Codebook, string Territories)
{
    public const string CodebookFile = "codebook.yaml";

    public const string TerritoriesFile = "territories.yaml";

    public static DatasetDocuments FromDirectory(string directory) =>
        new(File.ReadAllText(Path.Combine(directory, CodebookFile)), File.ReadAllText(Path.Combine(directory, TerritoriesFile)));
}
