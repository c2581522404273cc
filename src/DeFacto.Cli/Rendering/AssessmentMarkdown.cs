using System.Text;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>The assessment as Markdown, for pasting into a report or a pull request.</summary>
internal static class AssessmentMarkdown
{
    public static string Render(Assessment a, PlaceRegistry registry)
    {
        var sb = new StringBuilder();
        var name = registry.Find(a.Territory)?.Name ?? a.Territory;
        sb.AppendLine($"# {name} as of {a.AsOf:yyyy-MM-dd} ({Names.Of(a.Basis)})");
        sb.AppendLine();
        var stage = a.Stage is { } s ? $"**{Names.Of(s)}** (probability {Format.Probability(a.ProbabilityOf(s))})" : "not assessed";
        sb.AppendLine($"- Stage: {stage}");
        sb.AppendLine($"- Index: **{Format.Score(a.Index.Median)}** (90% interval {Format.Interval(a.Index)}), {a.Evidenced} of {a.DomainCount} domains evidenced");
        sb.AppendLine($"- Formal steps to de jure annexation left: {a.FormalSteps.Count(f => !f.Done)}");
        sb.AppendLine();
        sb.AppendLine("| stage | probability |");
        sb.AppendLine("|---|---:|");
        foreach (var x in Names.Stages)
        {
            sb.AppendLine($"| {Names.Of(x)} | {Format.Probability(a.ProbabilityOf(x))} |");
        }

        sb.AppendLine();
        sb.AppendLine("| domain | score | 90% interval |");
        sb.AppendLine("|---|---:|---|");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"| {d.Domain.Label} | {Format.Score(d.Score.Median)} | {Format.Interval(d.Score)} |");
        }

        sb.AppendLine();
        sb.AppendLine("## Evidence");
        foreach (var i in a.Domains.SelectMany(d => d.Indicators).Concat(a.Status).Where(i => i.Evidenced))
        {
            sb.AppendLine();
            sb.AppendLine($"**{i.Indicator.Id}**: {Escape(Format.Value(i.Value))}" + (i.Score.HasValue ? $", score {Format.Score(i.Score.Median)} [{Format.Interval(i.Score)}]" : ""));
            sb.AppendLine();
            foreach (var o in i.Observations)
            {
                sb.AppendLine($"- {Escape(Format.Citation(o, i.Stale.Contains(o.Id)))}");
            }
        }

        if (a.Warnings.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Warnings");
            sb.AppendLine();
            foreach (var w in a.Warnings)
            {
                sb.AppendLine($"- {Escape(w)}");
            }
        }

        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
