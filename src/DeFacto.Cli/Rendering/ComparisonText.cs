using System.Text;
using DeFacto.Core.History;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>Territories side by side per domain, with each one's gap to the annexed reference.</summary>
internal static class ComparisonText
{
    public static string Render(Comparison c, PlaceRegistry registry, bool markdown)
    {
        var sb = new StringBuilder();
        var ids = c.Assessments.Select(a => a.Territory).ToList();
        var domains = c.Assessments.Count > 0 ? c.Assessments[0].Domains.Select(d => d.Domain.Id).ToList() : [];
        string Cell(Assessment a, string domain) => Format.Score(a.Domain(domain)?.Score.Median);
        var header = Row("", ids, $"ref: {c.Reference.Territory}");
        var rows = new List<string[]>
        {
            Row("index", c.Assessments.Select(a => $"{Format.Score(a.Index.Median)} [{Format.Interval(a.Index)}]"), Format.Score(c.Reference.Index.Median)),
            Row("stage", c.Assessments.Select(StageName), StageName(c.Reference)),
            Row("p(stage)", c.Assessments.Select(a => a.Stage is { } s ? Format.Probability(a.ProbabilityOf(s)) : "—"), ""),
        };
        rows.AddRange(domains.Select(d => Row(d, c.Assessments.Select(a => Cell(a, d)), Cell(c.Reference, d))));
        rows.Add(Row("gap to ref", c.Gaps.Select(g => Format.Score(g.IndexGap)), ""));
        rows.Add(Row("formal steps left", c.Gaps.Select(g => g.FormalStepsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture)), ""));

        if (markdown)
        {
            sb.AppendLine($"# Comparison as of {c.AsOf:yyyy-MM-dd} ({Names.Of(c.Basis)})");
            sb.AppendLine();
            sb.AppendLine("| " + string.Join(" | ", header.Select(h => registry.Find(h)?.Name ?? h)) + " |");
            sb.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var r in rows)
            {
                sb.AppendLine("| " + string.Join(" | ", r) + " |");
            }
        }
        else
        {
            sb.AppendLine($"As of {c.AsOf:yyyy-MM-dd}, {Names.Of(c.Basis)} basis; reference {c.Reference.Territory} as of {c.Reference.AsOf:yyyy-MM-dd}");
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToList();
            sb.AppendLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))));
            foreach (var r in rows)
            {
                sb.AppendLine(string.Join("  ", r.Select((v, i) => v.PadRight(widths[i]))));
            }
        }

        foreach (var note in c.Notes)
        {
            sb.AppendLine();
            sb.AppendLine($"note: {note}");
        }

        return sb.ToString();
    }

    private static string[] Row(string label, IEnumerable<string> cells, string reference) =>
        [label, .. cells, reference];

    private static string StageName(Assessment a) => a.Stage is { } s ? Names.Of(s) : "—";
}
