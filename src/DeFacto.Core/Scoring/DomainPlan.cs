using DeFacto.Core.Coding;

namespace DeFacto.Core.Scoring;

/// <summary>The models that score one domain, and the indicators it only reports.</summary>
internal sealed class DomainPlan
{
    private readonly List<IndicatorResult> _reported = [];
    private readonly List<Indicator> _order = [];
    private double _staleAfterYears;

    private DomainPlan(Domain domain, double weight)
    {
        Domain = domain;
        Weight = weight;
    }

    public Domain Domain { get; }

    public double Weight { get; }

    public List<IScoreModel> Models { get; } = [];

    public static DomainPlan Build(Domain domain, Codebook codebook, Func<string, Selection> select, ScoringParameters parameters, List<string> warnings)
    {
        var weight = parameters.DomainWeights.TryGetValue(domain.Id, out var w) ? w : domain.Weight;
        var plan = new DomainPlan(domain, weight);
        plan._staleAfterYears = codebook.StaleAfterYears;

        foreach (var indicator in codebook.IndicatorsOf(domain.Id))
        {
            plan._order.Add(indicator);
            var indicatorWeight = parameters.EqualIndicatorWeights ? 1 : indicator.Weight;
            switch (indicator.Role)
            {
                case IndicatorRole.Scored:
                    var model = new IndicatorModel(indicator, codebook, select(indicator.Id));
                    if (model.HasEvidence)
                    {
                        plan.Models.Add(new ScoredIndicator(model, codebook, indicatorWeight));
                    }

                    break;
                case IndicatorRole.Derived:
                    plan.AddDerived(indicator, codebook, select, indicatorWeight, warnings);
                    break;
                default:
                    plan._reported.Add(Plain(indicator, codebook, select(indicator.Id)));
                    break;
            }
        }

        return plan;
    }

    public DomainResult Result(double[][] indicatorDraws, double[] domainDraws, DateOnly asOf)
    {
        var results = Models.Select((m, i) => m.Result(indicatorDraws[i], obs => Staleness.Of(obs, asOf, _staleAfterYears))).ToList();
        var all = _order.Select(i => Find(results, i) ?? Stale(Find(_reported, i), asOf) ?? Unevidenced(i)).ToList();
        var evidenced = domainDraws.Where(d => !double.IsNaN(d)).ToArray();
        return new DomainResult(Domain, Summary.Of(evidenced), all);
    }

    private static IndicatorResult? Find(List<IndicatorResult> results, Indicator indicator) =>
        results.FirstOrDefault(r => r.Indicator.Id == indicator.Id);

    private static IndicatorResult Unevidenced(Indicator indicator) =>
        new(indicator, null, Summary.None, [], new HashSet<string>());

    private IndicatorResult? Stale(IndicatorResult? reported, DateOnly asOf) =>
        reported is null ? null : reported with { Stale = Staleness.Of(reported.Observations, asOf, _staleAfterYears) };

    private void AddDerived(Indicator indicator, Codebook codebook, Func<string, Selection> select, double weight, List<string> warnings)
    {
        var derived = new DerivedModel(indicator, codebook, select);
        if (derived.HasEvidence)
        {
            Models.Add(new DerivedIndicator(derived, weight));
            if (derived.Missing.Count > 0)
            {
                warnings.Add($"{indicator.Id}: no evidence for {string.Join(", ", derived.Missing)}; counted as zero");
            }

            return;
        }

        // Without its inputs, a derived indicator may still have been observed directly ("one in seven").
        var direct = new IndicatorModel(indicator, codebook, select(indicator.Id));
        if (direct.HasEvidence)
        {
            Models.Add(new ScoredIndicator(direct, codebook, weight));
        }
    }

    internal static IndicatorResult Plain(Indicator indicator, Codebook codebook, Selection selection)
    {
        var group = selection.Latest;
        if (group.Count == 0)
        {
            return new IndicatorResult(indicator, null, Summary.None, [], new HashSet<string>());
        }

        ValueSummary value = indicator.IsNumeric
            ? NumericRange.Envelope(group.Select(o => NumericRange.Of(o, indicator, codebook)).ToList()) is var r
                ? new ValueSummary(r.Point, r.Low, r.High, null, indicator.Unit)
                : null!
            : new ValueSummary(null, null, null, group[0].Value.Category, indicator.Unit);
        return new IndicatorResult(indicator, value, Summary.None, group, new HashSet<string>());
    }
}
