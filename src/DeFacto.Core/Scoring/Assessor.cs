using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;
using DeFacto.Core.Registry;

namespace DeFacto.Core.Scoring;

/// <summary>
/// Scores a territory at a date (DESIGN.md §5, model v2): each indicator draws from the evidence that
/// still speaks for the date, pooled across sources; every applicable domain enters every draw, from
/// its evidence or from the codebook's prior; the index is the weighted mean of the domains; each draw
/// has a functional stage. The formal axis is read as dated legal facts, and the headline follows the
/// rule order of <see cref="HeadlineRule"/>. Pure: the same inputs and seed give the same assessment.
/// </summary>
public sealed class Assessor
{
    public const string IncorporationIndicator = "status.formal_incorporation";
    public const string RecognitionIndicator = "status.patron_recognition";
    public const string AccessionIndicator = "status.accession_goal";
    public const string BlocIndicator = "status.patron_bloc_membership";

    private readonly Codebook _codebook;
    private readonly Ledger _ledger;
    private readonly PlaceRegistry _registry;
    private readonly IReadOnlyList<Conflict> _conflicts;

    public Assessor(Codebook codebook, Ledger ledger)
        : this(codebook, ledger, new PlaceRegistry([]))
    {
    }

    /// <param name="codebook">The codebook.</param>
    /// <param name="ledger">The evidence.</param>
    /// <param name="registry">The registry: a territory's contested existence and its not-applicable domains.</param>
    public Assessor(Codebook codebook, Ledger ledger, PlaceRegistry registry)
    {
        _codebook = codebook;
        _ledger = ledger;
        _registry = registry;
        _conflicts = ConflictFinder.Find(ledger);
    }

    public IReadOnlyList<Conflict> Conflicts => _conflicts;

    public Codebook Codebook => _codebook;

    public Assessment Assess(AssessmentRequest request, ScoringParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        parameters ??= ScoringParameters.Default;
        var thresholds = parameters.Thresholds ?? _codebook.Thresholds;
        var place = _registry.Find(request.Territory);
        var clock = new EvidenceClock(_codebook, _ledger.EventsOf(request.Territory), request.AsOf);
        var selector = new EvidenceSelector(_codebook, _ledger.ObservationsOf(request.Territory), clock, request);

        var warnings = new List<AssessmentWarning>();
        var plans = _codebook.FunctionalDomains
            .Select(d => DomainPlan.Build(d, _codebook, selector, parameters, place?.NotApplicable.GetValueOrDefault(d.Id), warnings))
            .ToList();
        var applicable = plans.Where(p => p.Applicable).ToList();
        var currentDomains = applicable.Count(p => p.Coverage == Coverage.Current);

        var draws = request.Draws;

        // One stream per domain, derived from the seed and the domain's id: new evidence in one domain
        // changes how many numbers that domain draws, and must not reshuffle the draws of the others.
        var randoms = plans.Select(p => new SeededRandom(request.Seed ^ StableHash(p.Domain.Id))).ToArray();
        var indicatorDraws = plans.Select(p => p.Models.Select(_ => new double[draws]).ToArray()).ToArray();
        var domainDraws = plans.Select(_ => new double[draws]).ToArray();
        var indexDraws = new double[draws];
        var stageCounts = new int[Names.Stages.Count];

        for (var d = 0; d < draws; d++)
        {
            double indexSum = 0, indexWeight = 0, lowest = double.PositiveInfinity;
            for (var k = 0; k < plans.Count; k++)
            {
                var plan = plans[k];
                if (!plan.Applicable)
                {
                    continue;
                }

                var score = plan.Sample(randoms[k], indicatorDraws[k], d, _codebook.UnobservedPrior, parameters.UnevidencedScore);
                domainDraws[k][d] = score;
                if (plan.Weight > 0)
                {
                    indexSum += score * plan.Weight;
                    indexWeight += plan.Weight;
                    lowest = Math.Min(lowest, score);
                }
            }

            var index = indexWeight > 0 ? indexSum / indexWeight : double.NaN;
            indexDraws[d] = index;
            if (!double.IsNaN(index))
            {
                stageCounts[(int)StageRule.Classify(index, lowest, currentDomains, thresholds)]++;
            }
        }

        var domainResults = plans.Select((p, k) => p.Result(indicatorDraws[k], domainDraws[k])).ToList();
        var assessed = stageCounts.Sum();
        var functionalProbabilities = Names.FunctionalStages.ToDictionary(s => s, s => assessed == 0 ? 0.0 : (double)stageCounts[(int)s] / assessed);
        var indexSummary = Summary.OfNumbers(indexDraws);
        var leading = Names.FunctionalStages.OrderByDescending(s => functionalProbabilities[s]).ThenBy(s => s).First();
        Stage? functionalStage = assessed > 0 && currentDomains >= _codebook.MinCurrentDomains && functionalProbabilities[leading] >= _codebook.MinStageProbability
            ? leading
            : null;
        var functional = new FunctionalView(functionalStage, functionalProbabilities, indexSummary);

        var facts = _codebook.Indicators.Where(i => i.Role == IndicatorRole.Status)
            .Select(i => FormalFact.Of(i, selector.All.Where(o => o.Indicator == i.Id), request.AsOf)).ToList();
        var status = facts.Select(f => f.Result()).ToList();
        var formalSteps = facts.Where(f => f.Indicator.AnnexationValue is not null)
            .Select(f => new FormalStep(f.Indicator.Id, f.Indicator.Question, f.Category, f.Indicator.AnnexationValue!, f.Is(f.Indicator.AnnexationValue)))
            .ToList();
        var formal = Formal(facts, formalSteps);
        var (stage, verdict) = HeadlineRule.Decide(place, request.AsOf, formal, functional, currentDomains, _codebook);

        var probabilities = Names.Stages.ToDictionary(s => s, s => formal.Incorporated
            ? (s == Stage.DeJureAnnexation ? 1.0 : 0.0)
            : functionalProbabilities.GetValueOrDefault(s));

        var auxiliary = _codebook.Indicators.Where(i => i.Role == IndicatorRole.Auxiliary && _codebook.FindDomain(i.Domain) is { Functional: false })
            .Select(i => DomainPlan.Plain(i, _codebook, selector.Select(i))).ToList();

        var conflicts = _conflicts.Where(c => c.Territory == request.Territory && c.Earliest.Start <= request.AsOf).ToList();
        AssessmentWarnings.Add(warnings, request, place, domainResults, selector, _codebook, conflicts);

        return new Assessment
        {
            Territory = request.Territory,
            AsOf = request.AsOf,
            Basis = request.Basis,
            Pledges = request.Pledges,
            Index = indexSummary,
            Stage = stage,
            StageProbabilities = probabilities,
            Verdict = verdict,
            Functional = functional,
            Formal = formal,
            Evidenced = domainResults.Count(d => d.Evidenced),
            Current = currentDomains,
            DomainCount = domainResults.Count,
            NotApplicable = domainResults.Count(d => !d.Applicable),
            Domains = domainResults,
            Auxiliary = auxiliary,
            Status = status,
            FormalSteps = formalSteps,
            Conflicts = conflicts,
            Warnings = warnings,
            Draws = draws,
            Seed = request.Seed,
        };
    }

    /// <summary>FNV-1a: the same on every runtime, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static FormalStatus Formal(List<FormalFact> facts, List<FormalStep> steps)
    {
        FormalFact? Find(string id) => facts.FirstOrDefault(f => f.Indicator.Id == id);
        var incorporation = Find(IncorporationIndicator);
        var incorporated = incorporation is not null && incorporation.Is(incorporation.Indicator.AnnexationValue ?? "yes");
        return new FormalStatus(
            incorporated,
            incorporated ? incorporation!.Since : null,
            Find(RecognitionIndicator)?.Is("yes") ?? false,
            Find(AccessionIndicator)?.Is("yes") ?? false,
            Find(BlocIndicator)?.Category,
            steps.Count(s => !s.Done));
    }
}
