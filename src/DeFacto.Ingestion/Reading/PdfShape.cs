using System.IO.Compression;
using System.Text;

namespace DeFacto.Ingestion.Reading;

/// <summary>
/// A look at a PDF's structure before the PDF library reads it. The library walks the page tree and nested
/// arrays and dictionaries by recursion, and a hostile or broken file (a page tree 50,000 levels deep)
/// overflows the stack, which no handler can catch: the process dies. This pass reads every object — plain
/// ones, and those packed in compressed object streams — without recursion, and refuses a page tree that
/// is too deep or loops, and arrays or dictionaries nested too deep, with one line that says so.
/// </summary>
internal static class PdfShape
{
    /// <summary>Real page trees are a handful of levels deep (a balanced tree of a million pages is under 20).</summary>
    public const int MaxPageTreeDepth = 64;

    public const int MaxNesting = 256;

    private const int MaxInflated = 64 * 1024 * 1024;

    public static string? Problem(ReadOnlySpan<byte> pdf)
    {
        var kids = new Dictionary<long, HashSet<long>>();
        var inflated = 0L;
        var problem = Scan(pdf, kids, ref inflated, packed: false);
        return problem ?? PageTreeProblem(kids);
    }

    private static string? Scan(ReadOnlySpan<byte> data, Dictionary<long, HashSet<long>> kids, ref long inflated, bool packed)
    {
        var i = 0;
        while (i < data.Length)
        {
            var at = data[i..].IndexOf("obj"u8);
            if (at < 0)
            {
                break;
            }

            var start = i + at + 3;
            i = start;
            if (start < data.Length && !IsDelimiterOrSpace(data[start]))
            {
                continue;
            }

            var number = ObjectNumberBefore(data, start - 3);
            if (number is null)
            {
                continue;
            }

            var endObj = data[start..].IndexOf("endobj"u8);
            var bodyEnd = endObj < 0 ? data.Length : start + endObj;
            var streamAt = data[start..bodyEnd].IndexOf("stream"u8);
            var dictionary = streamAt < 0 ? data[start..bodyEnd] : data[start..(start + streamAt)];
            if (Inspect(number.Value, dictionary, kids) is { } problem)
            {
                return problem;
            }

            if (streamAt >= 0 && !packed && IsObjectStream(dictionary))
            {
                var streamStart = SkipEol(data, start + streamAt + 6);
                var endStream = data[streamStart..].IndexOf("endstream"u8);
                var raw = data[streamStart..(endStream < 0 ? data.Length : streamStart + endStream)];
                var content = Inflate(raw, MaxInflated - inflated);
                if (content is not null)
                {
                    inflated += content.Length;
                    if (ScanPacked(content, dictionary, kids, ref inflated) is { } packedProblem)
                    {
                        return packedProblem;
                    }
                }

                i = streamStart + (endStream < 0 ? raw.Length : endStream + 9);
                continue;
            }

            if (streamAt >= 0)
            {
                // Skip the stream's bytes: they are content, not structure.
                var streamStart = start + streamAt + 6;
                var endStream = data[streamStart..].IndexOf("endstream"u8);
                i = endStream < 0 ? data.Length : streamStart + endStream + 9;
                continue;
            }

            i = endObj < 0 ? data.Length : bodyEnd + 6;
        }

        return null;
    }

    // An object stream holds "number offset" pairs, then the objects themselves from /First on.
    private static string? ScanPacked(byte[] content, ReadOnlySpan<byte> dictionary, Dictionary<long, HashSet<long>> kids, ref long inflated)
    {
        var first = IntAfter(dictionary, "/First"u8);
        var count = IntAfter(dictionary, "/N"u8);
        if (first is null || count is null || first < 0 || first > content.Length)
        {
            return null;
        }

        var header = Encoding.ASCII.GetString(content, 0, (int)first.Value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<(long Number, long Offset)>();
        for (var k = 0; k + 1 < header.Length && entries.Count < count; k += 2)
        {
            if (long.TryParse(header[k], out var n) && long.TryParse(header[k + 1], out var o))
            {
                entries.Add((n, o));
            }
        }

        for (var k = 0; k < entries.Count; k++)
        {
            var from = first.Value + entries[k].Offset;
            var to = k + 1 < entries.Count ? first.Value + entries[k + 1].Offset : content.Length;
            if (from < first.Value || from > content.Length || to < from || to > content.Length)
            {
                continue;
            }

            if (Inspect(entries[k].Number, content.AsSpan((int)from, (int)(to - from)), kids) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Inspect(long number, ReadOnlySpan<byte> body, Dictionary<long, HashSet<long>> kids)
    {
        if (Nesting(body) > MaxNesting)
        {
            return $"nests arrays or dictionaries more than {MaxNesting} levels deep (object {number}); the file is damaged or built to break readers";
        }

        var at = body.IndexOf("/Kids"u8);
        if (at >= 0)
        {
            var open = body[at..].IndexOf((byte)'[');
            var close = open < 0 ? -1 : body[(at + open)..].IndexOf((byte)']');
            if (open >= 0 && close >= 0)
            {
                if (!kids.TryGetValue(number, out var set))
                {
                    kids[number] = set = [];
                }

                foreach (var reference in References(body.Slice(at + open + 1, close - 1)))
                {
                    set.Add(reference);
                }
            }
        }

        return null;
    }

    // The longest chain of /Kids links, without recursion; a chain that comes back to itself is a loop.
    private static string? PageTreeProblem(Dictionary<long, HashSet<long>> kids)
    {
        var depth = new Dictionary<long, int>();
        var onPath = new HashSet<long>();
        foreach (var root in kids.Keys)
        {
            if (depth.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(long Node, IEnumerator<long> Children)>();
            stack.Push((root, kids[root].GetEnumerator()));
            onPath.Add(root);
            while (stack.Count > 0)
            {
                var (node, children) = stack.Peek();
                if (children.MoveNext())
                {
                    var child = children.Current;
                    if (onPath.Contains(child))
                    {
                        return "has a page tree that loops back on itself; the file is damaged";
                    }

                    if (!depth.ContainsKey(child) && kids.TryGetValue(child, out var grandchildren))
                    {
                        stack.Push((child, grandchildren.GetEnumerator()));
                        onPath.Add(child);
                        if (stack.Count > MaxPageTreeDepth)
                        {
                            return $"has a page tree more than {MaxPageTreeDepth} levels deep; no real PDF needs that many (the file is damaged or built to break readers)";
                        }
                    }

                    continue;
                }

                stack.Pop();
                onPath.Remove(node);
                var own = 1 + kids[node].Select(c => depth.GetValueOrDefault(c)).DefaultIfEmpty(0).Max();
                depth[node] = own;
                if (own > MaxPageTreeDepth)
                {
                    return $"has a page tree more than {MaxPageTreeDepth} levels deep; no real PDF needs that many (the file is damaged or built to break readers)";
                }
            }
        }

        return null;
    }

    private static int Nesting(ReadOnlySpan<byte> body)
    {
        int level = 0, deepest = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case (byte)'%':
                    while (i < body.Length && body[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = SkipString(body, i);
                    break;
                case (byte)'[':
                    deepest = Math.Max(deepest, ++level);
                    break;
                case (byte)'<' when i + 1 < body.Length && body[i + 1] == (byte)'<':
                    deepest = Math.Max(deepest, ++level);
                    i++;
                    break;
                case (byte)']':
                    level = Math.Max(0, level - 1);
                    break;
                case (byte)'>' when i + 1 < body.Length && body[i + 1] == (byte)'>':
                    level = Math.Max(0, level - 1);
                    i++;
                    break;
            }
        }

        return deepest;
    }

    // A literal string: balanced parentheses, backslash escapes.
    private static int SkipString(ReadOnlySpan<byte> body, int open)
    {
        var level = 0;
        for (var i = open; i < body.Length; i++)
        {
            switch (body[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    level++;
                    break;
                case (byte)')':
                    if (--level == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return body.Length;
    }

    private static List<long> References(ReadOnlySpan<byte> array)
    {
        var tokens = Encoding.ASCII.GetString(array).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var found = new List<long>();
        for (var k = 0; k + 2 < tokens.Length; k++)
        {
            if (tokens[k + 2] == "R" && long.TryParse(tokens[k], out var n) && long.TryParse(tokens[k + 1], out _))
            {
                found.Add(n);
                k += 2;
            }
        }

        return found;
    }

    private static long? ObjectNumberBefore(ReadOnlySpan<byte> data, int objAt)
    {
        // "12 0 obj": generation, then number, each preceded by white space.
        var i = objAt - 1;
        if (i < 0 || !IsSpace(data[i]))
        {
            return null;
        }

        while (i >= 0 && IsSpace(data[i]))
        {
            i--;
        }

        while (i >= 0 && char.IsAsciiDigit((char)data[i]))
        {
            i--;
        }

        while (i >= 0 && IsSpace(data[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsAsciiDigit((char)data[i]) && end - i <= 12)
        {
            i--;
        }

        return end - (i + 1) is > 0 and <= 12 && long.TryParse(Encoding.ASCII.GetString(data[(i + 1)..end]), out var n) ? n : null;
    }

    private static bool IsObjectStream(ReadOnlySpan<byte> dictionary) =>
        dictionary.IndexOf("/ObjStm"u8) >= 0 && dictionary.IndexOf("/FlateDecode"u8) >= 0 && dictionary.IndexOf("/DecodeParms"u8) < 0;

    private static long? IntAfter(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var at = dictionary.IndexOf(key);
        if (at < 0)
        {
            return null;
        }

        var i = at + key.Length;
        if (i < dictionary.Length && char.IsAsciiLetter((char)dictionary[i]))
        {
            return null;
        }

        while (i < dictionary.Length && IsSpace(dictionary[i]))
        {
            i++;
        }

        var start = i;
        while (i < dictionary.Length && char.IsAsciiDigit((char)dictionary[i]) && i - start < 12)
        {
            i++;
        }

        return i > start && long.TryParse(Encoding.ASCII.GetString(dictionary[start..i]), out var n) ? n : null;
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> raw, long budget)
    {
        if (budget <= 0)
        {
            return null;
        }

        try
        {
            using var input = new MemoryStream(raw.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > budget)
                {
                    return null;
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int SkipEol(ReadOnlySpan<byte> data, int i)
    {
        if (i < data.Length && data[i] == (byte)'\r')
        {
            i++;
        }

        if (i < data.Length && data[i] == (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiterOrSpace(byte b) => IsSpace(b) || b is (byte)'<' or (byte)'[' or (byte)'(' or (byte)'/' or (byte)'%';
}
