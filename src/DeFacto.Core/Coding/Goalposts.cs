namespace DeFacto.Core.Coding;

/// <summary>
/// Maps a number to 0–1 linearly between two goalposts, clamped, as the Human Development Index does.
/// Reversed goalposts (<c>[100, 0]</c>) score a falling value: 100% of residents holding the parent's
/// passport scores 0.
/// </summary>
public readonly record struct Goalposts(double Min, double Max)
{
    public double Score(double value)
    {
        if (Max.Equals(Min))
        {
            return value >= Max ? 1 : 0;
        }

        return Math.Clamp((value - Min) / (Max - Min), 0, 1);
    }
}
