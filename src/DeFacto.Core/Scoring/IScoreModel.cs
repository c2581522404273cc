using DeFacto.Core.Coding;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>Something that draws an indicator's 0–1 score and reports it afterwards.</summary>
internal interface IScoreModel
{
    Indicator Indicator { get; }

    double Weight { get; }

    double Sample(SeededRandom random);

    IndicatorResult Result(double[] draws, Func<IEnumerable<Evidence.Observation>, IReadOnlySet<string>> stale);
}
