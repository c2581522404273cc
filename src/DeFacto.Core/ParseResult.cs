namespace DeFacto.Core;

/// <summary>The outcome of a parse: a value, or the reason there is none.</summary>
public readonly record struct ParseResult<T>
{
    private ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Success => Error is null;

#pragma warning disable CA1000 // ParseResult<T>.Ok/Fail read better at call sites than a separate factory class.
    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);
#pragma warning restore CA1000
}
