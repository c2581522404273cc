using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeFacto.Core.Evidence;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>
/// A blind recoding sheet: for each drawn observation only what a second coder needs to find and code the
/// fact (territory, indicator, its question and allowed answers, the source and the locator), never the
/// first coder's value, status, quote or note. Filled in, it is a <c>codings/*.yaml</c> file as it stands.
/// </summary>
public static partial class RecodingSheet
{
    public static string Write(Core.Dataset dataset, IReadOnlyList<Observation> drawn, int size, ulong seed, DateOnly drawnOn)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(drawn);
        var root = new YamlMap()
            .Add("sample", new YamlMap()
                .Date("drawn_on", Core.Time.PartialDate.FromDate(drawnOn))
                .Number("size", size)
                .Text("seed", seed.ToString(CultureInfo.InvariantCulture))
                .Text("strata", "territory x domain")
                .Number("observations", drawn.Count).Node)
            .Add("coder", Blank());
        root.Add("codings", new YamlSequenceNode(drawn.Select(o => (YamlNode)Entry(dataset, o))));
        var text = new StringBuilder()
            .Append("# Blind recoding sheet. Code each fact from its source and locator alone: do not look at\n")
            .Append("# data/evidence/ or run assess/export before you finish. Put your name in `coder`, then for each entry\n")
            .Append("# fill in `category` (one of `categories`) or `value` (or `low` and `high` for a range) in `unit`,\n")
            .Append("# `status` (in-place or pledged), `qualifier` if the source hedges (official, estimate, approximate,\n")
            .Append("# claimed, disputed), `coded_on` (YYYY-MM-DD), and a `note` in your own words when useful. When the\n")
            .Append("# locator does not let you code the fact, leave the value blank and say why in `note`.\n")
            .Append("# `defacto validate` checks the filled-in entries; `defacto reliability` compares them. See docs/reliability.md.\n")
            .Append(BlankField().Replace(YamlDocumentText.Write(root.Node), ":"));
        return text.ToString();
    }

    private static YamlMappingNode Entry(Core.Dataset dataset, Observation o)
    {
        var indicator = dataset.Codebook.FindIndicator(o.Indicator);
        var source = dataset.Ledger.FindSource(o.Source);
        var map = new YamlMap()
            .Text("observation", o.Id)
            .Text("territory", o.Territory)
            .Text("indicator", o.Indicator)
            .Quoted("question", indicator?.Question);
        if (indicator is { IsNumeric: false })
        {
            map.List("categories", indicator.Anchors.Select(a => a.Id).ToList());
        }
        else
        {
            map.Text("unit", indicator?.Unit ?? o.Unit);
        }

        map.Add("source", new YamlMap().Text("id", o.Source).Quoted("title", source?.Title).Quoted("url", source?.Url).Node)
            .Quoted("locator", o.Locator)
            .Add(indicator is { IsNumeric: true } ? "value" : "category", Blank())
            .Add("status", Blank())
            .Add("qualifier", Blank())
            .Add("coded_on", Blank())
            .Add("note", Blank());
        return map.Node;
    }

    // The emitter writes an empty scalar as ''; a bare "field:" is what a coder expects to fill in.
    [GeneratedRegex(": ''$", RegexOptions.Multiline)]
    private static partial Regex BlankField();

    private static YamlScalarNode Blank() => new("") { Style = YamlDotNet.Core.ScalarStyle.Plain };
}
