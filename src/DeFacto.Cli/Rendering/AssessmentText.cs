using System.Text;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

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
        sb.AppendLine($"as of {a.AsOf:yyyy-MM-dd} · basis {VerdictText.Basis(a)} · {a.Draws:N0} draws, seed {a.Seed}");
        sb.AppendLine();

        sb.AppendLine($"Stage       {VerdictText.Headline(a)}");
        sb.AppendLine($"            {AssessmentWording.Reason(a)}");
        sb.AppendLine($"Functional  {VerdictText.Functional(a)}");
        sb.AppendLine($"Index       {Format.Score(a.Index.Median)}  90% interval {Format.Interval(a.Index)}  {Format.Bar(a.Index.Median)}");
        sb.AppendLine($"Formal      {VerdictText.Formal(a)}");
        sb.AppendLine($"Coverage    {VerdictText.Coverage(a)}");
        sb.AppendLine();

        sb.AppendLine($"{"Domain",-12} {"Score",5}  {"90% interval",-12}  {"evidence",-14}  {"held by",-9}");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"{d.Domain.Id,-12} {Format.Score(d.Score.Median),5}  {Format.Interval(d.Score),-12}  {AssessmentWording.Name(d.Coverage),-14}  {AssessmentWording.Name(d.HeldBy),-9}  {Format.Bar(d.Score.Median)}");
        }

        sb.AppendLine();
        sb.AppendLine("Evidence");
        foreach (var d in a.Domains)
        {
            sb.AppendLine($"  {d.Domain.Label}" + (d.NotApplicableReason is { } reason ? $" — not applicable: {reason}" : ""));
            foreach (var i in d.Indicators)
            {
                var score = i.Score.HasValue ? $"  score {Format.Score(i.Score.Median)} [{Format.Interval(i.Score)}]" : "";
                var held = i.Evidenced && i.Indicator.Role != Core.Coding.IndicatorRole.Auxiliary ? $"  held by {AssessmentWording.Name(i.HeldBy)}" : "";
                sb.AppendLine($"    {i.Indicator.Id}: {Format.Value(i.Value)}{score}{held}");
                foreach (var o in i.Observations)
                {
                    sb.AppendLine($"      · {Format.Citation(o, i.Stale.Contains(o.Id))}");
                }
            }
        }

        var pledges = a.PledgeResults.ToList();
        if (pledges.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Pledges counted (and whether practice has met them at the date)");
            foreach (var p in pledges)
            {
                sb.AppendLine($"    {p.Observation.Indicator}: {p.Observation.Value} — {AssessmentWording.Name(p.Implementation)} (counts from {p.CountsFrom:yyyy-MM-dd}{(p.InForce ? "" : ", not yet in force")}; {p.Observation.Id})");
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

        sb.AppendLine();
        sb.AppendLine($"Distance to de jure annexation: {a.Formal.StepsLeft} formal step(s) left");
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
                sb.AppendLine($"  ! {VerdictText.Warning(w)}");
            }
        }

        return sb.ToString();
    }
}
