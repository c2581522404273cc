using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DeFacto.Core.Coding;

namespace DeFacto.Exports.Documents;

/// <summary>The codebook as a standalone HTML page: UTF-8, every text HTML-encoded, no scripts or external files.</summary>
public static class CodebookHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var sb = new StringBuilder();
        var title = CodebookFacts.Title(codebook);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}")
            .Append("table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}")
            .Append("code{background:#f3f3f3;padding:0 .2rem}</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(CodebookFacts.Intro(codebook))).Append("</p>\n");
        sb.Append("<p>The columns of the exported tables are described in <a href=\"").Append(VariablesDocument.FileName)
            .Append("\">variables.md</a> (in the repository: <code>docs/variables.md</code>).</p>\n");

        sb.Append("<h2 id=\"domains\">Domains</h2>\n");
        Table(sb, ["domain", "name", "weight", "in the index", "what it covers"],
            codebook.Domains.Select(d => new[] { Code(d.Id), E(d.Label), E(CodebookFacts.Number(d.Weight)), d.Functional ? "yes" : "no", E(d.Description) }));

        sb.Append("<h2 id=\"stages\">Stages</h2>\n");
        Table(sb, ["stage", "rule"], CodebookFacts.Stages(codebook).Select(s => new[] { Code(s.Stage), E(s.Rule) }));
        sb.Append("<p>").Append(E(CodebookFacts.MonteCarlo(codebook))).Append("</p>\n");

        sb.Append("<h2 id=\"qualifiers\">Qualifiers and uncertainty</h2>\n");
        Table(sb, ["qualifier", "share ± points", "count or ratio ±", "category right with probability", "meaning"],
            codebook.Qualifiers.Select(q => new[]
            {
                Code(q.Id), E(CodebookFacts.Number(q.ShareSpread)), E(CodebookFacts.Number(q.RelativeSpread * 100) + "%"),
                E(CodebookFacts.Number(q.CategoryReliability)), E(q.Explanation),
            }));

        foreach (var domain in codebook.Domains)
        {
            sb.Append("<h2 id=\"").Append(E(domain.Id)).Append("\">").Append(E(domain.Label)).Append(" (").Append(Code(domain.Id)).Append(")</h2>\n");
            sb.Append("<p>").Append(E(domain.Description)).Append("</p>\n");
            foreach (var i in codebook.IndicatorsOf(domain.Id))
            {
                Indicator(sb, i);
            }
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Indicator(StringBuilder sb, Indicator i)
    {
        sb.Append("<h3 id=\"").Append(E(i.Id)).Append("\">").Append(Code(i.Id)).Append("</h3>\n<p>").Append(E(i.Question)).Append("</p>\n<ul>\n");
        var scale = $"scale: {CodebookFacts.Scale(i)}; role: {CodebookFacts.Role(i)}" +
            (i.Role is IndicatorRole.Scored or IndicatorRole.Derived ? $"; weight {CodebookFacts.Number(i.Weight)}" : "");
        sb.Append("<li>").Append(E(scale)).Append("</li>\n");
        Item(sb, "unit", i.Unit);
        Item(sb, "range", CodebookFacts.Range(i));
        Item(sb, "score", CodebookFacts.Mapping(i));
        Item(sb, "derived as", CodebookFacts.Derivation(i));
        Item(sb, "formal annexation means", i.AnnexationValue);
        Item(sb, "guidance", i.Guidance.Length == 0 ? null : i.Guidance);
        Item(sb, "cue terms", i.CueTerms.Count == 0 ? null : string.Join(", ", i.CueTerms));
        sb.Append("</ul>\n");
        if (i.Anchors.Count > 0)
        {
            Table(sb, ["category", "score", "meaning"],
                i.Anchors.Select(a => new[] { Code(a.Id), a.Score is { } s ? E(CodebookFacts.Number(s)) : "not scored", E(a.Label) }));
        }
    }

    private static void Item(StringBuilder sb, string name, string? value)
    {
        if (value is not null)
        {
            sb.Append("<li>").Append(E(name)).Append(": ").Append(E(value)).Append("</li>\n");
        }
    }

    /// <summary>Writes a table whose cells are already HTML.</summary>
    private static void Table(StringBuilder sb, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        sb.Append("<table>\n<thead><tr>");
        foreach (var h in headers)
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(cell).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static string Code(string text) => "<code>" + E(text) + "</code>";

    private static string E(string text) => Encoder.Encode(text);
}
