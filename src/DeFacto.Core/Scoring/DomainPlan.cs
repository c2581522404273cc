using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>The models that score one domain, the indicators it only reports, and how well it is covered.</summary>
internal sealed class DomainPlan
{
    private readonly List<IndicatorResult> _reported = [];
    private readonly List<Indicator> _order = [];

    private DomainPlan(Domain domain, double weight, string? notApplicable)
    {
        Domain = domain;
        Weight = weight;
        NotApplicableReason = notApplicable;
    }

    public Domain Domain { get; }

    public double Weight { get; }

    public string? NotApplicableReason { get; }

    public bool Applicable => NotApplicableReason is null;

    public List<IScoreModel> Models { get; } = [];

    public Coverage Coverage { get; private set; }

    public static DomainPlan Build(Domain domain, Codebook codebook, EvidenceSelector selector, ScoringParameters parameters,
        string? notApplicable, List<AssessmentWarning> warnings)
    {
        var weight = parameters.DomainWeights.TryGetValue(domain.Id, out var w) ? w : domain.Weight;
        var plan = new DomainPlan(domain, weight, notApplicable);
        foreach (var indicator in codebook.IndicatorsOf(domain.Id))
        {
            plan._order.Add(indicator);
            var indicatorWeight = parameters.EqualIndicatorWeights ? 1 : indicator.Weight;
            switch (indicator.Role)
            {
                case IndicatorRole.Scored:
                    var model = new IndicatorModel(indicator, codebook, selector.Select(indicator));
                    if (model.HasEvidence)
                    {
                        plan.Models.Add(new ScoredIndicator(model, selector, indicatorWeight));
                    }

                    break;
                case IndicatorRole.Derived:
                    plan.AddDerived(indicator, codebook, selector, indicatorWeight, warnings);
                    break;
                default:
                    plan._reported.Add(Plain(indicator, codebook, selector.Select(indicator)));
                    break;
            }
        }

        plan.Coverage = plan.CoverageAt(codebook, selector);
        return plan;
    }

    /// <summary>
    /// One draw of the domain's score: the weighted mean of the indicators whose evidence the draw uses,
    /// or a draw from the prior when none does. With <paramref name="unevidencedAt"/> set (sensitivity),
    /// a domain without current evidence takes that fixed score instead.
    /// </summary>
    public double Sample(SeededRandom random, double[][] indicatorDraws, int draw, UniformPrior prior, double? unevidencedAt)
    {
        double sum = 0, weight = 0;
        for (var m = 0; m < Models.Count; m++)
        {
            var score = Models[m].Sample(random);
            indicatorDraws[m][draw] = score;
            if (!double.IsNaN(score))
            {
                sum += score * Models[m].Weight;
                weight += Models[m].Weight;
            }
        }

        if (unevidencedAt is { } fixedScore && Coverage != Coverage.Current)
        {
            return fixedScore;
        }

        var priorDraw = prior.Sample(random);
        return weight > 0 ? sum / weight : priorDraw;
    }

    public DomainResult Result(double[][] indicatorDraws, double[] domainDraws)
    {
        var results = Models.Select((m, i) => m.Result(indicatorDraws[i])).ToList();
        var all = _order.Select(i => Find(results, i) ?? Find(_reported, i) ?? Unevidenced(i)).ToList();
        return new DomainResult(Domain, Applicable ? Summary.Of(domainDraws) : Summary.None, all)
        {
            Coverage = Coverage,
            HeldBy = HeldBy(),
            NotApplicableReason = NotApplicableReason,
        };
    }

    /// <summary>The weighted majority of the current indicators' holders; shared when none has more than half.</summary>
    private Holder HeldBy()
    {
        var named = Models.Where(m => m.IsCurrent && m.HeldBy != Holder.Unknown).ToList();
        var total = named.Sum(m => m.Weight);
        if (named.Count == 0 || total <= 0)
        {
            return Holder.Unknown;
        }

        var (holder, weight) = named.GroupBy(m => m.HeldBy).Select(g => (g.Key, g.Sum(m => m.Weight))).MaxBy(x => x.Item2);
        return weight > total / 2 ? holder : Holder.Shared;
    }

    private Coverage CoverageAt(Codebook codebook, EvidenceSelector selector)
    {
        if (!Applicable)
        {
            return Coverage.NotApplicable;
        }

        if (Models.Any(m => m.IsCurrent))
        {
            return Coverage.Current;
        }

        // Only evidence that could score the domain makes it "old": a troop count without residents never could.
        var scored = codebook.IndicatorsOf(Domain.Id).Where(i => i.Role is IndicatorRole.Scored or IndicatorRole.Derived)
            .Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var any = selector.All.Any(o => scored.Contains(o.Indicator) && o.Status == EvidenceStatus.InPlace && o.AttestsFrom <= selector.Clock.AsOf);
        return any || Models.Count > 0 ? Coverage.Old : Coverage.None;
    }

    private static IndicatorResult? Find(List<IndicatorResult> results, Indicator indicator) =>
        results.FirstOrDefault(r => r.Indicator.Id == indicator.Id);

    private static IndicatorResult Unevidenced(Indicator indicator) =>
        new(indicator, null, Summary.None, [], new HashSet<string>());

    private void AddDerived(Indicator indicator, Codebook codebook, EvidenceSelector selector, double weight, List<AssessmentWarning> warnings)
    {
        var derived = new DerivedModel(indicator, codebook, selector.Select);
        if (derived.HasEvidence)
        {
            Models.Add(new DerivedIndicator(derived, weight));
            if (derived.Missing.Count > 0)
            {
                warnings.Add(AssessmentWarning.Of(WarningKinds.DerivedInputMissing, ("indicator", indicator.Id), ("inputs", string.Join(", ", derived.Missing))));
            }

            return;
        }

        // Without its inputs, a derived indicator may still have been observed directly ("one in seven").
        var direct = new IndicatorModel(indicator, codebook, selector.Select(indicator));
        if (direct.HasEvidence)
        {
            Models.Add(new ScoredIndicator(direct, selector, weight));
        }
    }

    internal static IndicatorResult Plain(Indicator indicator, Codebook codebook, IndicatorEvidence evidence)
    {
        var pool = !evidence.Practice.IsEmpty ? evidence.Practice : evidence.Pledges;
        if (pool.IsEmpty)
        {
            return Unevidenced(indicator);
        }

        ValueSummary value = indicator.IsNumeric
            ? NumericRange.Envelope(pool.Members.Select(o => NumericRange.Of(o, indicator, codebook)).ToList()) is var r
                ? new ValueSummary(r.Point, r.Low, r.High, null, indicator.Unit)
                : null!
            : new ValueSummary(null, null, null, pool.Members[0].Value.Category, indicator.Unit);
        return new IndicatorResult(indicator, value, Summary.None, pool.Members, pool.Ageing.Select(o => o.Id).ToHashSet(StringComparer.Ordinal))
        {
            Current = pool.IsCurrent,
        };
    }
}
