using System.Text;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Rendering;

/// <summary>The assessment as Markdown, for pasting into a report or a pull request.</summary>
internal static class AssessmentMarkdown
{
    public static string Render(Assessment a, PlaceRegistry registry)
    {
        var sb = new StringBuilder();
        var name = registry.Find(a.Territory)?.Name ?? a.Territory;
        sb.AppendLine($"# {name} as of {a.AsOf:yyyy-MM-dd} ({VerdictText.Basis(a)})");
        sb.AppendLine();
        sb.AppendLine($"- Stage: **{VerdictText.Headline(a)}** — {Escape(AssessmentWording.Reason(a))}");
        sb.AppendLine($"- Functional stage: {VerdictText.Functional(a)}");
        sb.AppendLine($"- Index: **{Format.Score(a.Index.Median)}** (90% interval {Format.Interval(a.Index)})");
        sb.AppendLine($"- Formal status: {VerdictText.Formal(a)}");
        sb.AppendLine($"- Coverage: {VerdictText.Coverage(a)}");
        sb.AppendLine();
        sb.AppendLine("| stage | probability |");
        sb.AppendLine("|---|---:|");
        foreach (var x in Names.Stages)
        {
            sb.AppendLine($"| {Names.Of(x)} | {Format.Probability(a.ProbabilityOf(x))} |");
        }

        sb.AppendLine();
        sb.AppendLine("| domain | score | 90% interval | evidence | held by |");
        sb.AppendLine("|---|---:|---|---|---|");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"| {d.Domain.Label} | {Format.Score(d.Score.Median)} | {Format.Interval(d.Score)} | {AssessmentWording.Name(d.Coverage)} | {AssessmentWording.Name(d.HeldBy)} |");
        }

        var pledges = a.PledgeResults.ToList();
        if (pledges.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Pledges");
            sb.AppendLine();
            sb.AppendLine("| indicator | pledged | counts from | implementation |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var p in pledges)
            {
                sb.AppendLine($"| {p.Observation.Indicator} | {Escape(p.Observation.Value.ToString())} | {p.CountsFrom:yyyy-MM-dd} | {AssessmentWording.Name(p.Implementation)} |");
            }
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
                sb.AppendLine($"- {Escape(VerdictText.Warning(w))}");
            }
        }

        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
