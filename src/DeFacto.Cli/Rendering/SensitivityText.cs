using System.Text;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>How the verdict fares under other weights and thresholds.</summary>
internal static class SensitivityText
{
    public static string Render(Sensitivity s)
    {
        var sb = new StringBuilder();
        sb.AppendLine();
        var baseline = s.Baseline is { } b ? Names.Of(b) : "not assessed";
        sb.AppendLine($"Sensitivity: the stage ({baseline}) holds in {s.Scenarios.Count(x => x.Stage == s.Baseline)} of {s.Scenarios.Count} scenarios ({Format.Probability(s.StageHolds)})");
        foreach (var x in s.Scenarios)
        {
            var stage = x.Stage is { } st ? Names.Of(st) : "—";
            sb.AppendLine($"  {x.Name,-22} index {Format.Score(x.Index.Median)} [{Format.Interval(x.Index)}]  {stage,-20} p(baseline) {Format.Probability(x.ProbabilityOfBaselineStage)}  — {x.Description}");
        }

        return sb.ToString();
    }
}
