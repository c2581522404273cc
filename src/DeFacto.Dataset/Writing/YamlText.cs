using System.Globalization;
using System.Text.RegularExpressions;
using DeFacto.Core.Time;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Scalars written so that the reader gets back exactly the value that was written.</summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "no", "y", "n", "true", "false", "on", "off", "null", "~",
    };

    /// <summary>Identifiers and vocabulary words plain; anything YAML could read differently, double-quoted.</summary>
    public static YamlScalarNode Text(string value) =>
        new(value) { Style = IsPlainSafe(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted };

    /// <summary>Always double-quoted: titles, quotes, locators and notes read best that way in a diff.</summary>
    public static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    public static YamlScalarNode Number(double value) =>
        new(value.ToString("R", CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    public static YamlScalarNode Date(PartialDate date) => new(date.ToString()) { Style = ScalarStyle.Plain };

    public static YamlSequenceNode FlowList(IEnumerable<string> items)
    {
        var list = new YamlSequenceNode(items.Select(Text)) { Style = SequenceStyle.Flow };
        return list;
    }

    private static bool IsPlainSafe(string value) =>
        value.Length > 0 && !Reserved.Contains(value) && PlainWord().IsMatch(value) &&
        !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex("^[a-z][a-z0-9._-]*$")]
    private static partial Regex PlainWord();
}
