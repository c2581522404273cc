using System.Text;

namespace DeFacto.Ingestion.Text;

/// <summary>Builds a <see cref="MappedText"/> from slices of a source text and inserted separators.</summary>
internal sealed class MappedTextBuilder
{
    private readonly MappedText? _source;
    private readonly int _originLength;
    private readonly StringBuilder _text = new();
    private readonly List<int> _targets = [];
    private readonly List<int> _origins = [];
    private readonly List<bool> _inserted = [];

    public MappedTextBuilder(MappedText source)
    {
        _source = source;
        _originLength = source.OriginLength;
    }

    /// <summary>A builder whose pieces point straight into an original text of the given length.</summary>
    public MappedTextBuilder(int originLength) => _originLength = originLength;

    public int Length => _text.Length;

    public char? Last => _text.Length == 0 ? null : _text[^1];

    /// <summary>Appends source[start, start + length), keeping each character's original offset.</summary>
    public void AppendSlice(int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        if (_source is null)
        {
            throw new InvalidOperationException("a builder over an original text takes pieces with their origin");
        }

        var sourceText = _source.Text;
        var end = start + length;
        var pos = start;
        while (pos < end)
        {
            var segment = _source.SegmentAt(pos);
            var run = Math.Min(end, Math.Max(segment.End, pos + 1)) - pos;
            var origin = segment.Inserted ? segment.Origin : segment.Origin + (pos - segment.Start);
            Add(Math.Min(origin, _originLength), segment.Inserted);
            _text.Append(sourceText, pos, run);
            pos += run;
        }
    }

    /// <summary>Appends text that stands at <paramref name="origin"/> in the original, character for character.</summary>
    public void AppendOriginal(string text, int origin)
    {
        if (text.Length == 0)
        {
            return;
        }

        Add(origin, inserted: false);
        _text.Append(text);
    }

    /// <summary>Appends text that has no counterpart in the original (a separator), pinned to an original offset.</summary>
    public void AppendInserted(string text, int origin)
    {
        if (text.Length == 0)
        {
            return;
        }

        Add(origin, inserted: true);
        _text.Append(text);
    }

    /// <summary>Drops the last character (a line-end hyphen when a split word is rejoined).</summary>
    public void RemoveLast()
    {
        if (_text.Length == 0)
        {
            return;
        }

        _text.Length--;
        if (_targets.Count > 0 && _targets[^1] >= _text.Length && _targets.Count > 1)
        {
            _targets.RemoveAt(_targets.Count - 1);
            _origins.RemoveAt(_origins.Count - 1);
            _inserted.RemoveAt(_inserted.Count - 1);
        }
    }

    public string TextFrom(int start) => _text.ToString(start, _text.Length - start);

    public int OriginOf(int sourcePosition) => _source?.ToOriginal(sourcePosition) ?? sourcePosition;

    public MappedText Build()
    {
        if (_targets.Count == 0)
        {
            return new MappedText("", [0], [0], [true], _originLength);
        }

        return new MappedText(_text.ToString(), [.. _targets], [.. _origins], [.. _inserted], _originLength);
    }

    private void Add(int origin, bool inserted)
    {
        var target = _text.Length;
        if (_targets.Count > 0 && !inserted && !_inserted[^1])
        {
            var lastTarget = _targets[^1];
            if (_origins[^1] + (target - lastTarget) == origin)
            {
                return;
            }
        }

        if (_targets.Count > 0 && _targets[^1] == target)
        {
            _origins[^1] = origin;
            _inserted[^1] = inserted;
            return;
        }

        _targets.Add(target);
        _origins.Add(origin);
        _inserted.Add(inserted);
    }
}
