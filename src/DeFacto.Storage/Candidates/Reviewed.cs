using System.Diagnostics.CodeAnalysis;

namespace DeFacto.Storage.Candidates;

/// <summary>A review's answer: what was done, or the refusal that left the ledger unchanged. <see cref="Value"/> throws on a refusal.</summary>
public readonly record struct Reviewed<T>
{
    private readonly T? _value;

    private Reviewed(T? value, ReviewRefusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    public ReviewRefusal? Refusal { get; }

    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Done => Refusal is null;

    public T Value => Refusal is null ? _value! : throw new InvalidOperationException(Refusal.Message);

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Refusal is null;
    }

#pragma warning disable CA1000 // Reviewed<T>.Ok/Refused read better at call sites than a separate factory class.
    public static Reviewed<T> Ok(T value) => new(value, null);

    public static Reviewed<T> Refused(ReviewRefusalKind kind, string message) => new(default, new ReviewRefusal(kind, message));

    public static Reviewed<T> Refused(ReviewRefusal refusal) => new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));
#pragma warning restore CA1000
}
