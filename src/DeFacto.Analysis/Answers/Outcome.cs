using System.Diagnostics.CodeAnalysis;

namespace DeFacto.Analysis.Answers;

/// <summary>
/// A use case's answer: a value, or the problems that prevented one. <see cref="Value"/> throws when
/// there are problems; <see cref="TryGetValue"/> does not.
/// </summary>
public sealed class Outcome<T> : IOutcome
{
    private readonly T? _value;

    internal Outcome(T? value, IReadOnlyList<Problem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public IReadOnlyList<Problem> Problems { get; }

    public bool Ok => Problems.Count == 0;

    public T Value => Ok ? _value! : throw new InvalidOperationException("no value: " + string.Join("; ", Problems.Select(p => p.Message)));

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Ok;
    }

    /// <summary>The next step on the value, or these problems carried on.</summary>
    public Outcome<TNext> Then<TNext>(Func<T, Outcome<TNext>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Ok ? next(_value!) : new Outcome<TNext>(default, Problems);
    }

    public Outcome<TNext> Select<TNext>(Func<T, TNext> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Ok ? new Outcome<TNext>(map(_value!), []) : new Outcome<TNext>(default, Problems);
    }
}
