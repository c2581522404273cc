namespace DeFacto.Analysis.Answers;

/// <summary>An outcome of any type, for collecting the problems of several arguments at once.</summary>
public interface IOutcome
{
    IReadOnlyList<Problem> Problems { get; }

    bool Ok { get; }
}
