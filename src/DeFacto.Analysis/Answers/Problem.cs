namespace DeFacto.Analysis.Answers;

/// <summary>
/// One thing wrong with a request, as a value. <see cref="Field"/> names the argument in domain words
/// (<c>as-of</c>, <c>basis</c>, <c>from</c>), which each edge spells its own way (<c>--as-of</c>,
/// <c>asOf</c>); null when the message stands alone.
/// </summary>
public sealed record Problem(ProblemKind Kind, string? Field, string Message)
{
    /// <summary>The nearest known names, when the problem is a name that matched nothing.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public static Problem Invalid(string? field, string message) => new(ProblemKind.Invalid, field, message);

    public static Problem NotFound(string? field, string message) => new(ProblemKind.NotFound, field, message);

    public static Problem Refused(string message) => new(ProblemKind.Refused, null, message);

    public static Problem Unavailable(string message) => new(ProblemKind.Unavailable, null, message);
}
