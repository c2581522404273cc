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
        sb.AppendLine(s.Robust
            ? "  robust: the same stage with every domain lacking current evidence at 0 and at 1"
            : "  not robust: setting the domains without current evidence to 0 or to 1 changes the stage");
        foreach (var x in s.Scenarios)
        {
            var stage = x.Stage is { } st ? Names.Of(st) : "—";
            sb.AppendLine($"  {x.Name,-22} index {Format.Score(x.Index.Median)} [{Format.Interval(x.Index)}]  {stage,-21} functional {Names.Of(x.FunctionalStage),-19} p(baseline) {Format.Probability(x.ProbabilityOfBaselineStage)}  — {x.Description}");
        }

        return sb.ToString();
    }
}
