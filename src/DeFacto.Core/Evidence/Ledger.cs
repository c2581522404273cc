namespace DeFacto.Core.Evidence;

/// <summary>
/// All the evidence an assessment may read: sources, observations, events and treaties. Treaty
/// provisions and dates are expanded into pledged observations and events on construction.
/// </summary>
public sealed class Ledger
{
    private readonly Dictionary<string, Source> _sources;
    private readonly ILookup<string, Observation> _byTerritory;

    public Ledger(IEnumerable<Source> sources, IEnumerable<Observation> observations, IEnumerable<Event> events, IEnumerable<Treaty> treaties)
    {
        Sources = sources.ToList();
        Treaties = treaties.ToList();
        CodedObservations = observations.ToList();
        CodedEvents = events.ToList();
        Observations = CodedObservations.Concat(Treaties.SelectMany(t => t.PledgedObservations())).ToList();
        Events = CodedEvents.Concat(Treaties.SelectMany(t => t.DatedEvents())).OrderBy(e => e.Date).ToList();
        _sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var s in Sources)
        {
            _sources.TryAdd(s.Id, s);
        }

        _byTerritory = Observations.ToLookup(o => o.Territory, StringComparer.Ordinal);
    }

    public static Ledger Empty { get; } = new([], [], [], []);

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Treaty> Treaties { get; }

    /// <summary>Observations as coded in evidence files, without those generated from treaties.</summary>
    public IReadOnlyList<Observation> CodedObservations { get; }

    /// <summary>Events as coded in evidence files, without those generated from treaties.</summary>
    public IReadOnlyList<Event> CodedEvents { get; }

    /// <summary>Every observation, including the pledges that treaty provisions make.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>Every event in date order, including the treaties' own dates.</summary>
    public IReadOnlyList<Event> Events { get; }

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public IEnumerable<Observation> ObservationsOf(string territory) => _byTerritory[territory];

    public IEnumerable<Event> EventsOf(string territory) =>
        Events.Where(e => e.Territory == territory || e.Parties.Contains(territory, StringComparer.Ordinal));
}
