using DeFacto.Core.Coding;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>A derived indicator in a domain's mean; its observations are its inputs'.</summary>
internal sealed class DerivedIndicator(DerivedModel model, double weight) : IScoreModel
{
    public Indicator Indicator => model.Indicator;

    public double Weight => weight;

    public bool IsCurrent => model.IsCurrent;

    public Holder HeldBy => model.HeldBy;

    public double Sample(SeededRandom random) => model.SampleScore(random);

    public IndicatorResult Result(double[] draws)
    {
        var range = model.Range();
        return new IndicatorResult(Indicator, new ValueSummary(range.Point, range.Low, range.High, null, Indicator.Unit),
            Summary.OfNumbers(draws), model.Observations.ToList(), model.Ageing)
        {
            Current = IsCurrent,
            HeldBy = HeldBy,
        };
    }
}
