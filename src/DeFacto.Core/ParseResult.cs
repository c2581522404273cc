using System.Diagnostics.CodeAnalysis;

namespace DeFacto.Core;

/// <summary>
/// The outcome of a parse: a value, or the reason there is none. As in NodaTime, <see cref="Value"/>
/// throws when the parse failed; <see cref="TryGetValue"/> asks without throwing.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The parsed value; throws <see cref="InvalidOperationException"/> with the reason when the parse failed.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException(Error);

    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Error is null;
    }

#pragma warning disable CA1000 // ParseResult<T>.Ok/Fail read better at call sites than a separate factory class.
    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));
#pragma warning restore CA1000
}
