using DeFacto.Core.Coding;
using DeFacto.Core.Registry;

namespace DeFacto.Dataset.Reading;

/// <summary>What cross-references are checked against while evidence and treaties are read.</summary>
internal sealed class ReadContext(Codebook codebook, PlaceRegistry registry)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public Codebook Codebook => codebook;

    public PlaceRegistry Registry => registry;

    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Treaties { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers a record id; reports where it was first defined when it is defined twice.</summary>
    public void Claim(string id, FieldReader at, string file)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            at.Problem("id", $"'{id}' is already defined at {first}; ids must be unique across all files");
            return;
        }

        _ids[id] = $"{file}:{at.Line}";
    }

    public void CheckSource(FieldReader r, string field = "source")
    {
        var source = r.String(field, required: true);
        if (source is not null && !Sources.Contains(source))
        {
            var hint = Core.Similarity.Closest(source, Sources);
            r.Problem(field, $"'{source}' is not defined in data/sources/" + (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : "; add it there"));
        }
    }

    public void CheckPlace(FieldReader r, string field, string? id, PlaceKind? kind = null)
    {
        if (id is null)
        {
            return;
        }

        var place = registry.Find(id);
        if (place is null || (kind is not null && place.Kind != kind))
        {
            var hint = registry.Suggest(id, kind);
            r.Problem(field, $"'{id}' is not a {(kind == PlaceKind.Territory ? "territory" : "state or territory")} of the registry" +
                (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : "; see data/territories.yaml"));
        }
    }
}
