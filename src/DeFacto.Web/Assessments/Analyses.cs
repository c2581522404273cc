using System.Text;
using DeFacto.Core.History;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;
using DeFacto.Web.Evidence;
using Microsoft.Extensions.Caching.Memory;

namespace DeFacto.Web.Assessments;

/// <summary>
/// Assessments, timelines and comparisons from the core, cached in memory per (evidence version,
/// territory, date, basis): the evidence does not change between ledger writes, so neither do they.
/// Nothing here computes a score; it only asks the core and remembers the answer.
/// </summary>
public sealed class Analyses(IEvidenceSource source, IMemoryCache cache, TimeProvider clock)
{
    public const string DefaultReference = "crimea";

    public EvidenceSnapshot Snapshot => source.Current;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Assessment Assess(string territory, DateOnly asOf, Basis basis)
    {
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("assessment", snapshot.Version, territory, asOf, basis), () =>
        {
            var codebook = snapshot.Dataset.Codebook;
            return snapshot.Assessor.Assess(new AssessmentRequest(territory, asOf, basis, codebook.DefaultDraws, codebook.DefaultSeed));
        });
    }

    /// <summary>The assessment as <c>defacto assess --format json</c> writes it (without the final newline), as UTF-8.</summary>
    public byte[] AssessmentJsonUtf8(string territory, DateOnly asOf, Basis basis)
    {
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("assessment-json", snapshot.Version, territory, asOf, basis), () =>
            Encoding.UTF8.GetBytes(AssessmentJson.ToJson(Assess(territory, asOf, basis), snapshot.Dataset.Ledger.FindSource)));
    }

    public Timeline Timeline(string territory, Basis basis, int fromYear, int toYear)
    {
        var snapshot = Snapshot;
        var today = Today;
        return Cached(new AssessmentKey("timeline", snapshot.Version, territory, today, basis, $"{fromYear}-{toYear}"), () =>
        {
            var codebook = snapshot.Dataset.Codebook;
            return Core.History.Timeline.Build(snapshot.Assessor, snapshot.Dataset.Ledger, territory, fromYear, toYear, basis,
                codebook.DefaultDraws, codebook.DefaultSeed, today);
        });
    }

    /// <summary>The timeline from the territory's first evidence to this year.</summary>
    public Timeline Timeline(string territory, Basis basis) => Timeline(territory, basis, FirstYear(territory), Today.Year);

    public byte[] TimelineJsonUtf8(string territory, Basis basis, int fromYear, int toYear)
    {
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("timeline-json", snapshot.Version, territory, Today, basis, $"{fromYear}-{toYear}"), () =>
            Encoding.UTF8.GetBytes(HistoryJson.Timeline(Timeline(territory, basis, fromYear, toYear), snapshot.Dataset.Ledger.FindSource)));
    }

    public Comparison Compare(IReadOnlyList<string> territories, DateOnly asOf, Basis basis, string reference)
    {
        var snapshot = Snapshot;
        var extra = reference + "|" + string.Join(',', territories);
        return Cached(new AssessmentKey("comparison", snapshot.Version, "", asOf, basis, extra), () =>
        {
            var codebook = snapshot.Dataset.Codebook;
            return Comparison.Build(snapshot.Assessor, snapshot.Dataset.Ledger, territories, reference, asOf, basis, codebook.DefaultDraws, codebook.DefaultSeed);
        });
    }

    public byte[] ComparisonJsonUtf8(IReadOnlyList<string> territories, DateOnly asOf, Basis basis, string reference)
    {
        var snapshot = Snapshot;
        var extra = reference + "|" + string.Join(',', territories);
        return Cached(new AssessmentKey("comparison-json", snapshot.Version, "", asOf, basis, extra), () =>
            Encoding.UTF8.GetBytes(HistoryJson.Comparison(Compare(territories, asOf, basis, reference), snapshot.Dataset.Ledger.FindSource)));
    }

    /// <summary>The year of the territory's earliest observation or event; this year when it has none.</summary>
    public int FirstYear(string territory)
    {
        var ledger = Snapshot.Dataset.Ledger;
        return ledger.ObservationsOf(territory).Select(o => o.AsOf.Year)
            .Concat(ledger.EventsOf(territory).Select(e => e.Date.Year))
            .DefaultIfEmpty(Today.Year).Min();
    }

    // Lazy makes concurrent first requests for one key compute it once.
    private T Cached<T>(AssessmentKey key, Func<T> compute)
    {
        var lazy = cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return new Lazy<T>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        return lazy.Value;
    }
}
