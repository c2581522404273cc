using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>An observed indicator in a domain's mean.</summary>
internal sealed class ScoredIndicator(IndicatorModel model, Codebook codebook, double weight) : IScoreModel
{
    public Indicator Indicator => model.Indicator;

    public double Weight => weight;

    public double Sample(SeededRandom random) => model.SampleScore(random);

    public IndicatorResult Result(double[] draws, Func<IEnumerable<Observation>, IReadOnlySet<string>> stale)
    {
        var governing = model.Governing();
        ValueSummary value;
        if (Indicator.IsNumeric)
        {
            var range = NumericRange.Envelope(governing.Select(o => NumericRange.Of(o, Indicator, codebook)).ToList());
            value = new ValueSummary(range.Point, range.Low, range.High, null, Indicator.Unit);
        }
        else
        {
            value = new ValueSummary(null, null, null, governing[0].Value.Category, Indicator.Unit);
        }

        var observations = model.Selection.All.ToList();
        return new IndicatorResult(Indicator, value, Summary.Of(draws.Where(d => !double.IsNaN(d)).ToArray()), observations, stale(observations));
    }
}
