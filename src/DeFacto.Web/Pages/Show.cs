using System.Globalization;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Web.Pages;

/// <summary>How the pages write numbers, intervals, stages and dates; formatting only, never a computation of a score.</summary>
public static class Show
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Interval(Summary s) => s.HasValue ? $"{Score(s.Low)}–{Score(s.High)}" : "no evidence";

    public static string Stage(Stage? stage) => stage is { } s ? Names.Of(s) : "not assessed";

    public static string StageLabel(Stage? stage) => stage switch
    {
        Core.Scoring.Stage.Sovereign => "Sovereign",
        Core.Scoring.Stage.Patronage => "Patronage",
        Core.Scoring.Stage.Integration => "Integration",
        Core.Scoring.Stage.DeFactoAnnexation => "De facto annexation",
        Core.Scoring.Stage.DeJureAnnexation => "De jure annexation",
        Core.Scoring.Stage.NotAssessable => "Not assessable",
        Core.Scoring.Stage.InsufficientEvidence => "Insufficient evidence",
        Core.Scoring.Stage.Indeterminate => "Indeterminate",
        _ => "Not assessed",
    };

    public static string Percent(double p) => p.ToString("0%", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Basis(Basis b) => Names.Of(b);

    public static string Value(ValueSummary? v)
    {
        if (v is null)
        {
            return "–";
        }

        if (v.Category is not null)
        {
            return v.Category;
        }

        var unit = string.IsNullOrEmpty(v.Unit) ? "" : " " + v.Unit;
        return v.Low is { } low && v.High is { } high && Math.Abs(high - low) > 1e-9
            ? $"{Number(v.Point)} ({Number(low)}–{Number(high)}){unit}"
            : Number(v.Point) + unit;
    }

    public static string Number(double? value) => value is { } v ? v.ToString("#,0.###", CultureInfo.InvariantCulture) : "–";

    public static string Status(EvidenceStatus status) => Vocabulary.Name(status);

    public static string PlaceName(PlaceRegistry registry, string? id) => id is null ? "–" : registry.Find(id)?.Name ?? id;

    public static string Gap(double? gap) => gap is { } g ? g.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) : "–";
}
