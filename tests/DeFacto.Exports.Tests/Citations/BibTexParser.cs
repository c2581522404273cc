using System.Text;

namespace DeFacto.Exports.Tests.Citations;

/// <summary>A strict little BibTeX reader for the tests: entries, keys, brace-balanced field values; throws on anything malformed.</summary>
internal static class BibTexParser
{
    public sealed record Entry(string Type, string Key, Dictionary<string, string> Fields);

    public static List<Entry> Parse(string text)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var open = text.IndexOf('{', i);
            var type = text[(i + 1)..open];
            var comma = text.IndexOf(',', open);
            var key = text[(open + 1)..comma];
            Require(key.Length > 0 && !key.Any(char.IsWhiteSpace), $"bad key '{key}'");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            i = comma + 1;
            while (true)
            {
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                var eq = text.IndexOf('=', i);
                var name = text[i..eq].Trim();
                Require(name.All(c => char.IsAsciiLetterLower(c)), $"bad field name '{name}' in {key}");
                i = eq + 1;
                SkipSpace(text, ref i);
                string value;
                if (text[i] == '{')
                {
                    value = Braced(text, ref i);
                }
                else
                {
                    var start = i;
                    while (char.IsAsciiLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    value = text[start..i];
                    Require(value.Length > 0, $"empty bare value for {name} in {key}");
                }

                Require(fields.TryAdd(name, value), $"{key} repeats {name}");
                SkipSpace(text, ref i);
                if (text[i] == ',')
                {
                    i++;
                }
                else
                {
                    Require(text[i] == '}', $"expected , or }} after {name} in {key}");
                }
            }

            entries.Add(new Entry(type, key, fields));
        }

        return entries;
    }

    /// <summary>Reads a {…} value, counting braces that are not escaped; returns the inside.</summary>
    private static string Braced(string text, ref int i)
    {
        var depth = 0;
        var sb = new StringBuilder();
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}')
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (c == '{')
            {
                depth++;
                if (depth == 1)
                {
                    continue;
                }
            }
            else if (c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    i++;
                    return sb.ToString();
                }
            }

            sb.Append(c);
        }

        throw new FormatException("unbalanced braces");
    }

    /// <summary>Undoes the escaping a LaTeX reader would undo.</summary>
    public static string Unescape(string value) => value
        .Replace(@"\textbackslash{}", "\\", StringComparison.Ordinal)
        .Replace(@"\textasciitilde{}", "~", StringComparison.Ordinal)
        .Replace(@"\textasciicircum{}", "^", StringComparison.Ordinal)
        .Replace(@"\{", "{", StringComparison.Ordinal).Replace(@"\}", "}", StringComparison.Ordinal)
        .Replace(@"\&", "&", StringComparison.Ordinal).Replace(@"\%", "%", StringComparison.Ordinal)
        .Replace(@"\$", "$", StringComparison.Ordinal).Replace(@"\#", "#", StringComparison.Ordinal)
        .Replace(@"\_", "_", StringComparison.Ordinal);

    private static void SkipSpace(string text, ref int i)
    {
        while (char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static void Require(bool ok, string message)
    {
        if (!ok)
        {
            throw new FormatException(message);
        }
    }
}
