using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using DeFacto.Core.Time;
using DeFacto.Dataset;
using DeFacto.Tests;

namespace DeFacto.Core.Tests;

/// <summary>The fixture codebook (Fixtures/, a frozen copy), and small ledgers built in code for one test each.</summary>
internal static class Fixture
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static readonly Lazy<Codebook> LazyCodebook = new(() =>
    {
        var result = DatasetReader.Load(Directory);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Dataset!.Codebook;
    });

    public static Codebook Codebook => LazyCodebook.Value;

    public static Observation Obs(string indicator, ObservedValue value, string asOf = "2015-03", string? qualifier = null,
        EvidenceStatus status = EvidenceStatus.InPlace, string territory = "t", string? id = null, string source = "s") =>
        Observation.Create(id ?? $"{indicator}-{asOf}-{value}-{status}", territory, indicator, value, status, PartialDate.Parse(asOf).Value, source,
            "para. 1", qualifier: qualifier).Value;

    public static Observation Share(string indicator, double v, string? qualifier = null, string asOf = "2015-03") =>
        Obs(indicator, ObservedValue.OfPoint(v), asOf, qualifier);

    public static Observation Category(string indicator, string c, EvidenceStatus status = EvidenceStatus.InPlace, string asOf = "2015-03", string? qualifier = null) =>
        Obs(indicator, ObservedValue.OfCategory(c), asOf, qualifier, status);

    public static Ledger Ledger(params Observation[] observations) => new([], observations, [], []);

    public static Assessment Assess(Ledger ledger, string asOf = "2015-06-30", Basis basis = Basis.Practice, int draws = 2000, ulong seed = 7, ScoringParameters? parameters = null) =>
        new Assessor(Codebook, ledger).Assess(new AssessmentRequest("t", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), basis, draws, seed), parameters);

    /// <summary>Assesses territory "t" as the registry describes it (its contested existence, its not-applicable domains).</summary>
    public static Assessment AssessIn(Ledger ledger, Registry.Place place, string asOf = "2015-06-30", Basis basis = Basis.Practice,
        PledgeCounting pledges = PledgeCounting.FromEntryIntoForce, int draws = 1000) =>
        new Assessor(Codebook, ledger, new Registry.PlaceRegistry([place])).Assess(
            new AssessmentRequest("t", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), basis, draws, 7) { Pledges = pledges });

    public static Registry.Place Place(string? since = null, string? until = null, Dictionary<string, string>? notApplicable = null) => new()
    {
        Id = "t",
        Name = "T",
        Kind = Registry.PlaceKind.Territory,
        Since = since is null ? null : PartialDate.Parse(since).Value,
        Until = until is null ? null : PartialDate.Parse(until).Value,
        NotApplicable = notApplicable ?? [],
    };

    public static Event Happened(string type, string date, IReadOnlyList<string>? ends = null) =>
        Event.Create($"{type}-{date}", type, PartialDate.Parse(date).Value, ["t"], type, "s", ends: ends, territory: "t").Value;

    public static Ledger Ledger(IEnumerable<Observation> observations, IEnumerable<Event> events, IEnumerable<Treaty>? treaties = null) =>
        new([], observations, events, treaties ?? []);

    /// <summary>The seed's seven domains: enough for a de facto annexation verdict.</summary>
    public static Observation[] SeedLike() =>
    [
        Share("citizenship.patron_passport_share", 90, "estimate"),
        Category("citizenship.patron_naturalisation", "systematic"),
        Share("finance.patron_budget_share", 90, "estimate"),
        Category("finance.currency", "patron"),
        Category("security.patron_base", "yes"),
        Obs("security.patron_troops", ObservedValue.OfPoint(3500), qualifier: "approximate"),
        Obs("security.patron_border_guards", ObservedValue.OfPoint(1500)),
        Obs("population.residents", ObservedValue.OfInterval(30000, 40000), qualifier: "estimate"),
        Category("security.line_control", "patron"),
        Category("government.patron_officials", "always-some"),
        Category("government.official_pay_parity", "yes", EvidenceStatus.Pledged),
        Category("border.patron_crossing_regime", "abolished", EvidenceStatus.Pledged),
        Category("welfare.patron_social_insurance", "all-patron-citizens", EvidenceStatus.Pledged),
        Category("welfare.pension_parity", "yes", EvidenceStatus.Pledged),
        Category("education.patron_curriculum", "all-levels", EvidenceStatus.Pledged),
        Category("status.formal_incorporation", "no"),
    ];
}
