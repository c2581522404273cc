using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// Scores a territory at a date (DESIGN.md §5): the latest evidence on or before the date for each
/// indicator, Monte Carlo draws over its uncertainty, domain scores as weighted means, the index as
/// the weighted mean of evidenced domains, and the stage of each draw. Pure: the same inputs and seed
/// give the same assessment.
/// </summary>
public sealed class Assessor
{
    public const string IncorporationIndicator = "status.formal_incorporation";

    private readonly Codebook _codebook;
    private readonly Ledger _ledger;
    private readonly IReadOnlyList<Conflict> _conflicts;

    public Assessor(Codebook codebook, Ledger ledger)
    {
        _codebook = codebook;
        _ledger = ledger;
        _conflicts = ConflictFinder.Find(ledger);
    }

    public IReadOnlyList<Conflict> Conflicts => _conflicts;

    public Assessment Assess(AssessmentRequest request, ScoringParameters? parameters = null)
    {
        request.Validate();
        parameters ??= ScoringParameters.Default;
        var thresholds = parameters.Thresholds ?? _codebook.Thresholds;
        var byIndicator = _ledger.ObservationsOf(request.Territory).ToLookup(o => o.Indicator, StringComparer.Ordinal);
        Selection Select(string id) => Selection.Choose(byIndicator[id], request.AsOf, request.Basis);

        var warnings = new List<string>();
        var domains = _codebook.FunctionalDomains.ToList();
        var plans = domains.Select(d => DomainPlan.Build(d, _codebook, Select, parameters, warnings)).ToList();
        var incorporation = _codebook.FindIndicator(IncorporationIndicator) is { } inc
            ? new IndicatorModel(inc, _codebook, Select(inc.Id))
            : null;

        var draws = request.Draws;
        var random = new SeededRandom(request.Seed);
        var indicatorDraws = plans.Select(p => p.Models.Select(_ => new double[draws]).ToArray()).ToArray();
        var domainDraws = plans.Select(_ => new double[draws]).ToArray();
        var indexDraws = new double[draws];
        var stageCounts = new int[Names.Stages.Count];
        var domainScores = new double[plans.Count];
        var anyEvidence = plans.Any(p => p.Models.Count > 0);
        var incorporatedDraws = 0;

        for (var d = 0; d < draws; d++)
        {
            double indexSum = 0, indexWeight = 0;
            for (var k = 0; k < plans.Count; k++)
            {
                var plan = plans[k];
                double sum = 0, weight = 0;
                for (var m = 0; m < plan.Models.Count; m++)
                {
                    var score = plan.Models[m].Sample(random);
                    indicatorDraws[k][m][d] = score;
                    if (!double.IsNaN(score))
                    {
                        sum += score * plan.Models[m].Weight;
                        weight += plan.Models[m].Weight;
                    }
                }

                var domainScore = weight > 0 ? sum / weight : double.NaN;
                domainDraws[k][d] = domainScore;
                domainScores[k] = plan.Weight > 0 ? domainScore : double.NaN;
                if (!double.IsNaN(domainScore) && plan.Weight > 0)
                {
                    indexSum += domainScore * plan.Weight;
                    indexWeight += plan.Weight;
                }
            }

            var index = indexWeight > 0 ? indexSum / indexWeight : double.NaN;
            indexDraws[d] = index;
            var incorporated = incorporation is not null && IsYes(incorporation, random);
            incorporatedDraws += incorporated ? 1 : 0;
            if (incorporated || !double.IsNaN(index))
            {
                stageCounts[(int)StageRule.Classify(double.IsNaN(index) ? 0 : index, domainScores, incorporated, thresholds)]++;
            }
        }

        var domainResults = plans.Select((p, k) => p.Result(indicatorDraws[k], domainDraws[k], request.AsOf)).ToList();
        var assessed = stageCounts.Sum();
        var probabilities = Names.Stages.ToDictionary(s => s, s => assessed == 0 ? 0.0 : (double)stageCounts[(int)s] / draws);
        Stage? stage = assessed == 0 ? null : Names.Stages.MaxBy(s => stageCounts[(int)s]);

        var status = _codebook.Indicators.Where(i => i.Role == IndicatorRole.Status)
            .Select(i => StatusResult(i, Select(i.Id), request.AsOf)).ToList();
        var auxiliary = _codebook.Indicators.Where(i => i.Role == IndicatorRole.Auxiliary && _codebook.FindDomain(i.Domain) is { Functional: false })
            .Select(i => DomainPlan.Plain(i, _codebook, Select(i.Id)) is var r ? r with { Stale = StaleIds(r.Observations, request.AsOf) } : null!).ToList();

        AddWarnings(warnings, request, domainResults, byIndicator, anyEvidence);
        var conflicts = _conflicts.Where(c => c.Territory == request.Territory && c.Earliest.Start <= request.AsOf).ToList();
        warnings.AddRange(conflicts.Select(c => "sources disagree: " + c.Describe()));

        return new Assessment
        {
            Territory = request.Territory,
            AsOf = request.AsOf,
            Basis = request.Basis,
            Index = anyEvidence ? Summary.Of(indexDraws) : Summary.None,
            Stage = stage,
            StageProbabilities = probabilities,
            Evidenced = domainResults.Count(d => d.Evidenced),
            DomainCount = domainResults.Count,
            Domains = domainResults,
            Auxiliary = auxiliary,
            Status = status,
            FormalSteps = status.Where(s => s.Indicator.AnnexationValue is not null)
                .Select(s => new FormalStep(s.Indicator.Id, s.Indicator.Question, s.Value?.Category, s.Indicator.AnnexationValue!,
                    string.Equals(s.Value?.Category, s.Indicator.AnnexationValue, StringComparison.Ordinal)))
                .ToList(),
            Conflicts = conflicts,
            Warnings = warnings,
            Draws = draws,
            Seed = request.Seed,
        };
    }

    private static bool IsYes(IndicatorModel model, SeededRandom random) =>
        model.HasEvidence && model.SampleCategory(random) == "yes";

    private IndicatorResult StatusResult(Indicator indicator, Selection selection, DateOnly asOf)
    {
        var model = new IndicatorModel(indicator, _codebook, selection);
        var governing = model.Governing();
        var value = governing.Count == 0 ? null : new ValueSummary(null, null, null, governing[0].Value.Category, indicator.Unit);
        return new IndicatorResult(indicator, value, Summary.None, selection.All.ToList(), StaleIds(selection.All, asOf));
    }

    private IReadOnlySet<string> StaleIds(IEnumerable<Observation> observations, DateOnly asOf) =>
        Staleness.Of(observations, asOf, _codebook.StaleAfterYears);

    private void AddWarnings(List<string> warnings, AssessmentRequest request, List<DomainResult> domains, ILookup<string, Observation> byIndicator, bool anyEvidence)
    {
        if (!anyEvidence)
        {
            warnings.Add($"no functional evidence for {request.Territory} on or before {request.AsOf:yyyy-MM-dd}: no index can be given");
        }

        var evidencedCount = domains.Count(d => d.Evidenced);
        if (anyEvidence && evidencedCount < 3)
        {
            warnings.Add($"thin evidence: the index rests on {evidencedCount} domain(s) only; read it with care");
        }

        var missing = domains.Where(d => !d.Evidenced).Select(d => d.Domain.Id).ToList();
        if (missing.Count > 0 && anyEvidence)
        {
            warnings.Add($"no evidence for {string.Join(", ", missing)}: the index covers {domains.Count - missing.Count} of {domains.Count} domains");
        }

        foreach (var indicator in domains.SelectMany(d => d.Indicators).Where(i => i.Stale.Count > 0))
        {
            var oldest = indicator.Observations.Where(o => indicator.Stale.Contains(o.Id)).Min(o => o.AsOf);
            warnings.Add($"{indicator.Indicator.Id}: evidence from {oldest} is more than {_codebook.StaleAfterYears} years old (stale)");
        }

        if (request.Basis == Basis.Practice)
        {
            var pledges = byIndicator.SelectMany(g => g).Count(o => o.Status == EvidenceStatus.Pledged && o.AsOf.Start <= request.AsOf);
            if (pledges > 0)
            {
                warnings.Add($"{pledges} pledged observation(s) not counted on the practice basis; use --basis commitments to include them");
            }
        }
    }
}
