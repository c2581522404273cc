using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DeFacto.Dataset.Reading;

/// <summary>
/// A first pass over a YAML file with the event parser, which keeps no call stack per level, before the
/// representation model (which recurses) is built: it refuses nesting deeper than any dataset file needs,
/// aliases that expand into more nodes than any dataset file has, and a second document in the file, which
/// the reader would otherwise drop without a word. Each refusal is one problem with its line.
/// </summary>
internal static class YamlShape
{
    public const int MaxDepth = 64;

    public const long MaxNodes = 2_000_000;

    public static DatasetProblem? Check(string displayName, string text)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Stack<(long Nodes, string? Anchor)>();
        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var documents = 0;
        var first = false;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var line = (int)e.Start.Line;
            if (e is DocumentStart)
            {
                documents++;
                first = true;
                continue;
            }

            if (e is NodeEvent node)
            {
                // A trailing '---' with nothing after it is harmless; a second document with content would be dropped.
                var empty = first && node is Scalar { Value.Length: 0 } s && s.Tag.IsEmpty && s.Anchor.IsEmpty;
                first = false;
                if (documents > 1 && !empty)
                {
                    return new DatasetProblem(displayName, line, "", "holds a second YAML document (after a '---' line); a dataset file holds one document, " +
                        "and the rest would be lost: join them into one, or put each in a file of its own");
                }
            }

            switch (e)
            {
                case MappingStart or SequenceStart:
                    sizes.Push((1, AnchorOf((NodeEvent)e)));
                    if (sizes.Count > MaxDepth)
                    {
                        return new DatasetProblem(displayName, line, "", $"nests lists and mappings more than {MaxDepth} levels deep (at line {line}); no dataset file needs that many: is the file complete and unchanged?");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var (nodes, anchor) = sizes.Pop();
                    total = Add(sizes, total, nodes, anchor, anchored);
                    break;
                case Scalar scalar:
                    total = Add(sizes, total, 1, AnchorOf(scalar), anchored);
                    break;
                case AnchorAlias alias:
                    total = Add(sizes, total, anchored.GetValueOrDefault(alias.Value.Value, 1), null, anchored);
                    break;
            }

            if (total > MaxNodes || sizes.Any(s => s.Nodes > MaxNodes))
            {
                return new DatasetProblem(displayName, line, "", $"expands (through aliases such as *name) to more than {MaxNodes:N0} values; no dataset file needs that many: remove the aliases");
            }
        }

        return null;
    }

    private static string? AnchorOf(NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

    private static long Add(Stack<(long Nodes, string? Anchor)> sizes, long total, long nodes, string? anchor, Dictionary<string, long> anchored)
    {
        if (anchor is not null)
        {
            anchored[anchor] = nodes;
        }

        if (sizes.Count == 0)
        {
            return total + nodes;
        }

        var (count, own) = sizes.Pop();
        sizes.Push((count + nodes, own));
        return total;
    }
}
