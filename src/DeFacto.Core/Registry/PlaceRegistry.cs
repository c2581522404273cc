namespace DeFacto.Core.Registry;

/// <summary>The states and territories DeFacto knows, with lookup by id or name and suggestions for misspellings.</summary>
public sealed class PlaceRegistry
{
    private readonly Dictionary<string, Place> _byId;

    public PlaceRegistry(IEnumerable<Place> places)
    {
        Places = places.ToList();
        _byId = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            _byId.TryAdd(place.Id, place);
        }
    }

    public IReadOnlyList<Place> Places { get; }

    public IEnumerable<Place> Territories => Places.Where(p => p.Kind == PlaceKind.Territory);

    public Place? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves an id, a name or an alias, ignoring case, spaces and hyphens.</summary>
    public Place? Resolve(string text)
    {
        if (Find(text) is { } exact)
        {
            return exact;
        }

        var key = Key(text);
        return Places.FirstOrDefault(p => Key(p.Id) == key || p.Names.Any(n => Key(n) == key));
    }

    /// <summary>The closest known ids to a name that matched nothing, nearest first.</summary>
    public IReadOnlyList<string> Suggest(string text, PlaceKind? kind = null, int max = 3)
    {
        var key = Key(text);
        return Places
            .Where(p => kind is null || p.Kind == kind)
            .Select(p => (p.Id, Distance: new[] { p.Id, p.Name }.Concat(p.Aliases).Min(n => Similarity.EditDistance(key, Key(n)))))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
    }

    private static string Key(string s) =>
        new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
