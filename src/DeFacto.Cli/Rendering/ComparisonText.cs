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
        string Cell(Assessment a, string domain) => a.Domain(domain) is { } d
            ? d.Applicable ? $"{Format.Score(d.Score.Median)} {Mark(d.Coverage)}{Holder(d)}" : "n/a"
            : "—";
        var header = Row("", ids, $"ref: {c.Reference.Territory}");
        var rows = new List<string[]>
        {
            Row("index", c.Assessments.Select(a => $"{Format.Score(a.Index.Median)} [{Format.Interval(a.Index)}]"), Format.Score(c.Reference.Index.Median)),
            Row("stage", c.Assessments.Select(VerdictText.Cell), VerdictText.Cell(c.Reference)),
            Row("functional", c.Assessments.Select(Functional), Functional(c.Reference)),
            Row("formal", c.Assessments.Select(Formal), Formal(c.Reference)),
            Row("current domains", c.Assessments.Select(a => $"{a.Current}/{a.DomainCount - a.NotApplicable}"), $"{c.Reference.Current}/{c.Reference.DomainCount - c.Reference.NotApplicable}"),
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

        sb.AppendLine();
        sb.AppendLine("Domain cells: score, evidence (* current, ~ old, ? none) and holder (P patron, T territory, G parent, S shared).");
        foreach (var note in c.Notes)
        {
            sb.AppendLine();
            sb.AppendLine($"note: {note}");
        }

        return sb.ToString();
    }

    private static string[] Row(string label, IEnumerable<string> cells, string reference) =>
        [label, .. cells, reference];

    private static string Functional(Assessment a) =>
        $"{Names.Of(a.Functional.Ranked[0])} {Format.Probability(a.Functional.ProbabilityOf(a.Functional.Ranked[0]))}";

    private static string Formal(Assessment a) => a.Formal.Incorporated ? $"incorporated {a.Formal.IncorporatedOn:yyyy-MM-dd}" : $"{a.Formal.StepsLeft} step(s) left";

    private static string Mark(Coverage coverage) => coverage switch
    {
        Coverage.Current => "*",
        Coverage.Old => "~",
        _ => "?",
    };

    private static string Holder(DomainResult d) => d.HeldBy switch
    {
        Core.Coding.Holder.Patron => "P",
        Core.Coding.Holder.Territory => "T",
        Core.Coding.Holder.Parent => "G",
        Core.Coding.Holder.Shared => "S",
        _ => "",
    };
}
