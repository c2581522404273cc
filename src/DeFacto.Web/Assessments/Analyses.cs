using System.Text;
using DeFacto.Analysis;
using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Assessing;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;
using DeFacto.Web.Evidence;
using Microsoft.Extensions.Caching.Memory;

namespace DeFacto.Web.Assessments;

/// <summary>
/// The use cases of <see cref="DeFacto.Analysis"/> over the web app's current evidence, their answers
/// cached in memory per (evidence version, plan): the evidence does not change between ledger writes,
/// so neither do they. Nothing here reads an argument or applies a default; the use cases do.
/// </summary>
public sealed class Analyses(IEvidenceSource source, IMemoryCache cache, TimeProvider clock, ComputeBudget budget)
{
    // Monte Carlo runs at once: one core fewer than the machine has (at least one), so a burst of uncached
    // dates queues instead of starving cached reads of CPU. Only the runs take it, never the JSON writers.
    private static readonly int Concurrent = Math.Max(1, Environment.ProcessorCount - 1);
    private static readonly SemaphoreSlim Runs = new(Concurrent, Concurrent);

    public EvidenceSnapshot Snapshot => source.Current;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The evidence as it stands, with today's date, for one request.</summary>
    public Workbench Bench
    {
        get
        {
            var snapshot = Snapshot;
            return new Workbench(snapshot.Dataset, snapshot.Assessor, Today);
        }
    }

    public Outcome<AssessPlan> PlanAssessment(AssessArguments arguments) => Analysis.Assessing.Assess.Plan(Bench, arguments);

    public Outcome<TimelinePlan> PlanTimeline(TimelineArguments arguments) => TimelineOf.Plan(Bench, arguments);

    public Outcome<ComparePlan> PlanComparison(CompareArguments arguments) => CompareAt.Plan(Bench, arguments);

    public Assessment Assess(AssessPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("assessment", snapshot.Version, plan.Place.Id, plan.AsOf, plan.Basis, $"{plan.Draws}|{plan.Seed}|{plan.Pledges}"),
            () => Gated(() => Analysis.Assessing.Assess.Run(Bench, plan).Assessment));
    }

    public Assessment Assess(Place place, DateOnly asOf, Basis basis) => Assess(Analysis.Assessing.Assess.For(Bench, place, asOf, basis));

    /// <summary>The assessment as <c>defacto assess --format json</c> writes it (without the final newline), as UTF-8.</summary>
    public byte[] AssessmentJsonUtf8(AssessPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("assessment-json", snapshot.Version, plan.Place.Id, plan.AsOf, plan.Basis, $"{plan.Draws}|{plan.Seed}|{plan.Pledges}"), () =>
            Encoding.UTF8.GetBytes(AssessmentJson.ToJson(Assess(plan), snapshot.Dataset.Ledger.FindSource)));
    }

    public Timeline Timeline(TimelinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("timeline", snapshot.Version, plan.Place.Id, Today, plan.Basis, $"{plan.From}-{plan.To}|{plan.Pledges}"),
            () => Gated(() => TimelineOf.Run(Bench, plan)));
    }

    /// <summary>The timeline over its default years: from the territory's first evidence to this year or its end.</summary>
    public Timeline Timeline(Place place, Basis basis) => Timeline(TimelineOf.For(Bench, place, basis).Value);

    public byte[] TimelineJsonUtf8(TimelinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("timeline-json", snapshot.Version, plan.Place.Id, Today, plan.Basis, $"{plan.From}-{plan.To}|{plan.Pledges}"), () =>
            Encoding.UTF8.GetBytes(HistoryJson.Timeline(Timeline(plan), snapshot.Dataset.Ledger.FindSource)));
    }

    public Comparison Compare(ComparePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("comparison", snapshot.Version, "", plan.AsOf, plan.Basis, Key(plan)), () => Gated(() => CompareAt.Run(Bench, plan)));
    }

    public Comparison Compare(IReadOnlyList<Place> territories, DateOnly asOf, Basis basis) => Compare(CompareAt.For(Bench, territories, null, asOf, basis));

    public byte[] ComparisonJsonUtf8(ComparePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var snapshot = Snapshot;
        return Cached(new AssessmentKey("comparison-json", snapshot.Version, "", plan.AsOf, plan.Basis, Key(plan)), () =>
            Encoding.UTF8.GetBytes(HistoryJson.Comparison(Compare(plan), snapshot.Dataset.Ledger.FindSource)));
    }

    private static string Key(ComparePlan plan) => plan.Reference.Id + "|" + plan.Pledges + "|" + string.Join(',', plan.Ids);

    private T Gated<T>(Func<T> run)
    {
        budget.Admit();
        Runs.Wait();
        try
        {
            return run();
        }
        finally
        {
            Runs.Release();
        }
    }

    // Lazy makes concurrent first requests for one key compute it once. A computation that failed (or
    // was refused by the budget) leaves the cache, so the next request tries again.
    private T Cached<T>(AssessmentKey key, Func<T> compute)
    {
        var lazy = cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return new Lazy<T>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            cache.Remove(key);
            throw;
        }
    }
}
