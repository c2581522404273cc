namespace DeFacto.Ingestion.Text;

/// <summary>
/// Text derived from a document's original text, with a map from every character back to the
/// original offset it came from. Each stage that rewrites text (markup removal, cleaning) builds a new
/// one from pieces of the previous one, so spans always lead back to the original.
/// </summary>
internal sealed class MappedText
{
    private readonly int[] _targetStarts;
    private readonly int[] _originStarts;
    private readonly bool[] _inserted;

    internal MappedText(string text, int[] targetStarts, int[] originStarts, bool[] inserted, int originLength)
    {
        Text = text;
        _targetStarts = targetStarts;
        _originStarts = originStarts;
        _inserted = inserted;
        OriginLength = originLength;
    }

    public string Text { get; }

    public int OriginLength { get; }

    public int Length => Text.Length;

    public static MappedText Identity(string text) => new(text, [0], [0], [false], text.Length);

    /// <summary>The original offset of the character at <paramref name="position"/>.</summary>
    public int ToOriginal(int position)
    {
        if (_targetStarts.Length == 0 || position <= 0)
        {
            return _originStarts.Length == 0 ? 0 : Math.Min(_originStarts[0], OriginLength);
        }

        var i = Array.BinarySearch(_targetStarts, position);
        if (i < 0)
        {
            i = ~i - 1;
        }

        var offset = _inserted[i] ? 0 : position - _targetStarts[i];
        return Math.Clamp(_originStarts[i] + offset, 0, OriginLength);
    }

    /// <summary>The original span covering [start, start + length) of this text.</summary>
    public TextSpan ToOriginal(int start, int length)
    {
        if (length <= 0)
        {
            var at = ToOriginal(start);
            return new TextSpan(at, 0);
        }

        var first = ToOriginal(start);
        var last = ToOriginal(start + length - 1);
        return last < first ? new TextSpan(first, 1) : new TextSpan(first, last - first + 1);
    }

    public MappedTextBuilder ToBuilder() => new(this);

    /// <summary>The segment holding <paramref name="position"/>: where it starts here, where it ends, its origin, and whether it was inserted.</summary>
    internal (int Start, int End, int Origin, bool Inserted) SegmentAt(int position)
    {
        var i = Array.BinarySearch(_targetStarts, position);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        var end = i + 1 < _targetStarts.Length ? _targetStarts[i + 1] : Text.Length;
        return (_targetStarts[i], end, _originStarts[i], _inserted[i]);
    }

    internal IEnumerable<(int Target, int Origin, bool Inserted)> Segments()
    {
        for (var i = 0; i < _targetStarts.Length; i++)
        {
            yield return (_targetStarts[i], _originStarts[i], _inserted[i]);
        }
    }
}
