namespace DeFacto.Core.Evidence;

/// <summary>
/// The rules a record's factory checks, collected one by one: every broken rule is a problem, and the
/// record is made only when there are none. The evidence records' shared rules are named here once.
/// </summary>
public sealed class Rules
{
    private readonly List<string> _problems = [];

    /// <summary>A text that must be there: not null, empty or blank.</summary>
    public Rules Require(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Add($"{field} is missing");
        }

        return this;
    }

    /// <summary>A value in one of its forms; a missing value is a problem, never a zero.</summary>
    public Rules Value(ObservedValue value) => Check(value.HasForm ? null : "there is no value: give a value, an interval or a category");

    public Rules Quote(string? quote) => Check(Quotes.Problem(quote));

    public Rules Confidence(double confidence) => Check(Observation.ConfidenceProblem(confidence) is { } c ? "confidence " + c : null);

    /// <summary>A rule that said why it is broken (null: kept).</summary>
    public Rules Check(string? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }

        return this;
    }

    /// <summary>The record, made by <paramref name="make"/> only when no rule was broken; else every problem, joined by "; ".</summary>
    public ParseResult<T> Make<T>(Func<T> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        return _problems.Count > 0 ? ParseResult<T>.Fail(string.Join("; ", _problems)) : ParseResult<T>.Ok(make());
    }
}
