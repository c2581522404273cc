using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>A derived indicator in a domain's mean; its observations are its inputs'.</summary>
internal sealed class DerivedIndicator(DerivedModel model, double weight) : IScoreModel
{
    public Indicator Indicator => model.Indicator;

    public double Weight => weight;

    public double Sample(SeededRandom random) => model.SampleScore(random);

    public IndicatorResult Result(double[] draws, Func<IEnumerable<Observation>, IReadOnlySet<string>> stale)
    {
        var range = model.Range();
        var observations = model.Observations.ToList();
        return new IndicatorResult(Indicator, new ValueSummary(range.Point, range.Low, range.High, null, Indicator.Unit),
            Summary.Of(draws.ToArray()), observations, stale(observations));
    }
}
