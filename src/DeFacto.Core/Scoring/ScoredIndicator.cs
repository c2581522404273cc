using DeFacto.Core.Coding;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>An observed indicator in a domain's mean.</summary>
internal sealed class ScoredIndicator(IndicatorModel model, EvidenceSelector selector, double weight) : IScoreModel
{
    public Indicator Indicator => model.Indicator;

    public double Weight => weight;

    public bool IsCurrent => model.IsCurrent;

    public Holder HeldBy => model.HeldBy;

    public IndicatorModel Model => model;

    public double Sample(SeededRandom random) => model.SampleScore(random);

    public IndicatorResult Result(double[] draws) =>
        new(Indicator, model.Value(), Summary.OfNumbers(draws), model.Evidence.Members.ToList(), model.Ageing())
        {
            Current = IsCurrent,
            HeldBy = HeldBy,
            Pledges = model.Pledges(selector),
        };
}
