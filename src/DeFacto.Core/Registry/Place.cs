namespace DeFacto.Core.Registry;

/// <summary>A state or a territory of the registry, with every name a document may use for it.</summary>
public sealed record Place
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required PlaceKind Kind { get; init; }

    public string? OfficialName { get; init; }

    public string? Parent { get; init; }

    public string? Patron { get; init; }

    public string? Capital { get; init; }

    public string? Iso3166Alpha2 { get; init; }

    public string? Iso3166Subdivision { get; init; }

    /// <summary>Country codes of a state, for joining with other datasets: ISO 3166-1 alpha-3, the
    /// Correlates of War state number, the Gleditsch–Ward code and V-Dem's country_id.</summary>
    public CountryCodes Codes { get; init; } = CountryCodes.None;

    /// <summary>A territory's stable number, for software that wants a numeric panel id.</summary>
    public int? NumericId { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The day the territory ceased to exist, when it did (Nagorno-Karabakh: 1 January 2024).</summary>
    public Time.PartialDate? Until { get; init; }

    /// <summary>The day the territory's contested existence began (Crimea: 27 February 2014).</summary>
    public Time.PartialDate? Since { get; init; }

    /// <summary>The source that dates <see cref="Since"/>, and where in it.</summary>
    public string? SinceSource { get; init; }

    public string? SinceLocator { get; init; }

    /// <summary>Functional domains that do not apply to this territory, each with the reason (Transnistria has no border with Russia).</summary>
    public IReadOnlyDictionary<string, string> NotApplicable { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether the territory still existed on a date.</summary>
    public bool ExistedOn(DateOnly date) => Until is not { } until || date < until.Start;

    /// <summary>Whether a date lies in the territory's contested existence, from <see cref="Since"/> to before <see cref="Until"/>.</summary>
    public bool ContestedOn(DateOnly date) => ExistedOn(date) && (Since is not { } since || date >= since.Start);

    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Every name that refers to this place, longest first so that matching prefers "South Ossetia" to "Ossetia".</summary>
    public IEnumerable<string> Names =>
        new[] { Name, OfficialName, Capital }.OfType<string>().Concat(Aliases).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length);
}
