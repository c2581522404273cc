using System.Text;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>The assessment as a readable terminal report. It formats the core's values and computes none.</summary>
internal static class AssessmentText
{
    public static string Render(Assessment a, PlaceRegistry registry)
    {
        var sb = new StringBuilder();
        var place = registry.Find(a.Territory);
        var parent = registry.Find(place?.Parent ?? "")?.Name ?? place?.Parent;
        var patron = registry.Find(place?.Patron ?? "")?.Name ?? place?.Patron;
        sb.AppendLine($"{place?.Name ?? a.Territory} ({a.Territory}) — parent {parent}, patron {patron}");
        sb.AppendLine($"as of {a.AsOf:yyyy-MM-dd} · basis {Names.Of(a.Basis)} · {a.Draws:N0} draws, seed {a.Seed}");
        sb.AppendLine();

        var stage = a.Stage is { } s ? Names.Of(s) : "not assessed (no evidence)";
        var p = a.Stage is { } st ? $" (probability {Format.Probability(a.ProbabilityOf(st))})" : "";
        sb.AppendLine($"Stage   {stage}{p}");
        sb.AppendLine("        " + string.Join(" · ", Names.Stages.Select(x => $"{Names.Of(x)} {Format.Probability(a.ProbabilityOf(x))}")));
        sb.AppendLine($"Index   {Format.Score(a.Index.Median)}  90% interval {Format.Interval(a.Index)}  {Format.Bar(a.Index.Median)}");
        sb.AppendLine($"        {a.Evidenced} of {a.DomainCount} domains evidenced");
        sb.AppendLine();

        sb.AppendLine($"{"Domain",-12} {"Score",5}  {"90% interval",-12}  ");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"{d.Domain.Id,-12} {Format.Score(d.Score.Median),5}  {Format.Interval(d.Score),-12}  {Format.Bar(d.Score.Median)}");
        }

        sb.AppendLine();
        sb.AppendLine("Evidence");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"  {d.Domain.Label}");
            foreach (var i in d.Indicators)
            {
                var score = i.Score.HasValue ? $"  score {Format.Score(i.Score.Median)} [{Format.Interval(i.Score)}]" : "";
                sb.AppendLine($"    {i.Indicator.Id}: {Format.Value(i.Value)}{score}");
                foreach (var o in i.Observations)
                {
                    sb.AppendLine($"      · {Format.Citation(o, i.Stale.Contains(o.Id))}");
                }
            }
        }

        sb.AppendLine();
        sb.AppendLine("De jure status (beside the index, never averaged into it)");
        foreach (var i in a.Status)
        {
            sb.AppendLine($"    {i.Indicator.Id}: {Format.Value(i.Value)}");
            foreach (var o in i.Observations)
            {
                sb.AppendLine($"      · {Format.Citation(o, i.Stale.Contains(o.Id))}");
            }
        }

        var left = a.FormalSteps.Count(f => !f.Done);
        sb.AppendLine();
        sb.AppendLine($"Distance to de jure annexation: {left} formal step(s) left");
        foreach (var f in a.FormalSteps)
        {
            sb.AppendLine($"    [{(f.Done ? "x" : " ")}] {f.Indicator}: {f.Current ?? "no evidence"} → {f.Target}");
        }

        if (a.Warnings.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Warnings");
            foreach (var w in a.Warnings)
            {
                sb.AppendLine($"  ! {w}");
            }
        }

        return sb.ToString();
    }
}
