using DeFacto.Core.Registry;
using DeFacto.Core.Time;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Extraction;

/// <summary>What extraction knows about the document while it reads its sentences.</summary>
internal sealed record DocumentContext(
    MappedText Cleaned,
    PlaceRegistry Registry,
    PartialDate? Published,
    string? PrimaryTerritory,
    IReadOnlyList<SentenceAnalysis> Sentences)
{
    public bool IsTerritory(string id) => Registry.Find(id)?.Kind == PlaceKind.Territory;

    public string? PatronOf(string territory) => Registry.Find(territory)?.Patron;

    public string? ParentOf(string territory) => Registry.Find(territory)?.Parent;
}
