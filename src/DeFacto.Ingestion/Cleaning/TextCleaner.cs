using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Cleaning;

/// <summary>
/// Plain text → cleaned text. Removes page furniture (page numbers, contact lines, running headers,
/// and whatever interrupts a sentence between a page's last line and the next page's continuation),
/// rejoins paragraphs split by page breaks and words hyphenated at line ends, and keeps the offset map.
/// In the output, a blank line separates paragraphs and a single newline ends a heading or list line.
/// </summary>
internal static class TextCleaner
{
    private const int MaxInterruptionBlocks = 30;
    private const int MaxInterruptionChars = 2500;

    public static MappedText Clean(MappedText plain)
    {
        var text = plain.Text;
        var lines = SplitLines(text);
        var repeated = RepeatedLines(text, lines);
        var blocks = Group(text, lines, repeated);
        JoinInterruptedSentences(text, blocks);
        return Write(plain, blocks);
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        var pageBreak = false;
        while (true)
        {
            var next = text.AsSpan(start).IndexOfAny('\n', '\f');
            var i = next < 0 ? text.Length : start + next;
            var end = i;
            while (end > start && text[end - 1] is '\r' or ' ' or '\t')
            {
                end--;
            }

            lines.Add(new Line(start, end, pageBreak));
            if (i == text.Length)
            {
                return lines;
            }

            pageBreak = text[i] == '\f';
            start = i + 1;
        }
    }

    /// <summary>Short lines that recur on three or more pages (running headers and footers).</summary>
    private static HashSet<string> RepeatedLines(string text, List<Line> lines)
    {
        var pages = lines.Count(l => l.AfterPageBreak);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        if (pages < 2)
        {
            return repeated;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length is > 0 and <= 80)
            {
                var key = Key(text.AsSpan(line.Start, line.Length));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in counts)
        {
            if (count >= 3 && key.Length > 0)
            {
                repeated.Add(key);
            }
        }

        return repeated;
    }

    private static string Key(ReadOnlySpan<char> line)
    {
        var chars = new char[line.Length];
        var n = 0;
        foreach (var c in line.Trim())
        {
            chars[n++] = char.IsDigit(c) ? '#' : char.ToLowerInvariant(c);
        }

        return new string(chars, 0, n);
    }

    private static List<Block> Group(string text, List<Line> lines, HashSet<string> repeated)
    {
        var blocks = new List<Block>();
        List<Line>? current = null;
        foreach (var line in lines)
        {
            var span = text.AsSpan(line.Start, line.Length);
            var blank = span.IsWhiteSpace();
            var furniture = !blank && (Furniture.IsFurnitureLine(span) || (repeated.Count > 0 && repeated.Contains(Key(span))));
            if (blank || furniture || line.AfterPageBreak)
            {
                if (current is { Count: > 0 })
                {
                    blocks.Add(new Block(current));
                }

                current = null;
                if (blank || furniture)
                {
                    continue;
                }
            }

            current ??= [];
            current.Add(line);
        }

        if (current is { Count: > 0 })
        {
            blocks.Add(new Block(current));
        }

        return blocks;
    }

    /// <summary>
    /// A prose block that stops mid-sentence, followed (after some blocks) by one that starts in lower
    /// case, was cut by a page break: what lies between is page furniture, and the two halves join.
    /// </summary>
    private static void JoinInterruptedSentences(string text, List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count - 1; i++)
        {
            var block = blocks[i];
            if (block.Removed || !EndsMidSentence(text, block))
            {
                continue;
            }

            var chars = 0;
            for (var j = i + 1; j < blocks.Count && j - i <= MaxInterruptionBlocks && chars <= MaxInterruptionChars; j++)
            {
                var first = blocks[j].Lines[0];
                if (StartsLowerCase(text, first))
                {
                    for (var k = i + 1; k < j; k++)
                    {
                        blocks[k].Removed = true;
                    }

                    blocks[j].JoinsPrevious = true;
                    i = j - 1;
                    break;
                }

                // A whole paragraph of prose in between is text, not furniture: the first block simply ends
                // without a full stop (a heading, a note line), and nothing is cut.
                if (IsCompleteParagraph(text, blocks[j]))
                {
                    break;
                }

                chars += blocks[j].Lines.Sum(l => l.Length);
            }
        }
    }

    private static bool IsCompleteParagraph(string text, Block block)
    {
        var last = block.Lines[^1];
        var span = text.AsSpan(last.Start, last.Length).TrimEnd();
        if (span.Length == 0 || span[^1] is not ('.' or '!' or '?' or '"' or '”' or '»'))
        {
            return false;
        }

        var words = 0;
        foreach (var line in block.Lines)
        {
            words += text.AsSpan(line.Start, line.Length).Count(' ') + 1;
        }

        return words >= 12 && IsProse(span);
    }

    private static bool EndsMidSentence(string text, Block block)
    {
        var last = block.Lines[^1];
        var span = text.AsSpan(last.Start, last.Length).TrimEnd();
        if (span.Length == 0)
        {
            return false;
        }

        var words = 0;
        foreach (var line in block.Lines)
        {
            words += text.AsSpan(line.Start, line.Length).Count(' ') + 1;
        }

        var end = span[^1];
        return words >= 6 && IsProse(span) && (char.IsLetterOrDigit(end) || end is ',' or '–' or '-' or '—');
    }

    /// <summary>Running text, not a title-case heading or an affiliation line: most of its words start in lower case.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        var words = 0;
        var lower = 0;
        var atStart = true;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                atStart = true;
                continue;
            }

            if (atStart && char.IsLetter(c))
            {
                words++;
                lower += char.IsLower(c) ? 1 : 0;
            }

            atStart = false;
        }

        return words >= 3 && lower * 2 >= words;
    }

    private static bool StartsLowerCase(string text, Line line)
    {
        foreach (var c in text.AsSpan(line.Start, line.Length))
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsWhiteSpace(c) && c is not '"' and not '“' and not '(')
            {
                return false;
            }
        }

        return false;
    }

    private static MappedText Write(MappedText plain, List<Block> blocks)
    {
        var text = plain.Text;
        var builder = plain.ToBuilder();
        var first = true;
        foreach (var block in blocks)
        {
            if (block.Removed)
            {
                continue;
            }

            var at = block.Lines[0].Start;
            if (!first)
            {
                builder.AppendInserted(block.JoinsPrevious ? " " : "\n\n", builder.OriginOf(Math.Max(0, at - 1)));
            }

            first = false;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines[i];
                var (start, length) = TrimmedLine(text, line);
                if (i == 0)
                {
                    builder.AppendSlice(start, length);
                    continue;
                }

                var previousEnd = builder.Last;
                if (previousEnd == '-' && length > 0 && char.IsLower(text[start]) && builder.Length >= 2)
                {
                    // A word hyphenated at the line end ("inte-" / "gration") is one word again.
                    builder.RemoveLast();
                    builder.AppendSlice(start, length);
                    continue;
                }

                var wrap = previousEnd is { } p && !IsTerminal(p) && (length > 0 && char.IsLower(text[start]) || PreviousLineIsLong(text, block.Lines[i - 1]));
                builder.AppendInserted(wrap ? " " : "\n", builder.OriginOf(start));
                builder.AppendSlice(start, length);
            }
        }

        return builder.Build();
    }

    private static (int Start, int Length) TrimmedLine(string text, Line line)
    {
        var start = line.Start;
        var end = line.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end - start);
    }

    private static bool PreviousLineIsLong(string text, Line line) => line.Length >= 50 && !IsTerminal(text[line.End - 1]);

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '”' or ')';
}
