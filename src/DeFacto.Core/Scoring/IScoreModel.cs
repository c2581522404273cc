using DeFacto.Core.Coding;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>Something that draws an indicator's 0–1 score (NaN when the draw has no evidence to use) and reports it afterwards.</summary>
internal interface IScoreModel
{
    Indicator Indicator { get; }

    double Weight { get; }

    bool IsCurrent { get; }

    Holder HeldBy { get; }

    double Sample(SeededRandom random);

    IndicatorResult Result(double[] draws);
}
