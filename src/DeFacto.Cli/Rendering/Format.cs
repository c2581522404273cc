using System.Globalization;
using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>How numbers, intervals and values read in text and Markdown.</summary>
internal static class Format
{
    public static string Score(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Interval(Summary s) => s.HasValue ? $"{Score(s.Low)}–{Score(s.High)}" : "no evidence";

    public static string Probability(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Bar(double? v, int width = 20)
    {
        if (v is not { } x)
        {
            return new string('·', width);
        }

        var filled = (int)Math.Round(Math.Clamp(x, 0, 1) * width);
        return new string('█', filled) + new string('░', width - filled);
    }

    public static string Value(ValueSummary? v)
    {
        if (v is null)
        {
            return "no evidence";
        }

        if (v.Category is not null)
        {
            return v.Category;
        }

        var unit = v.Unit is null or "ratio" ? "" : " " + v.Unit;
        var point = v.Point is { } p ? Number(p) : null;
        var range = v.Low is { } lo && v.High is { } hi && lo != hi ? $"{Number(lo)}–{Number(hi)}" : null;
        return (point, range) switch
        {
            (not null, not null) => $"{point}{unit} ({range})",
            (not null, null) => $"{point}{unit}",
            (null, not null) => $"{range}{unit}",
            _ => "—",
        };
    }

    public static string Number(double v) =>
        Math.Abs(v) >= 1000 ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(v) >= 1 ? v.ToString("0.#", CultureInfo.InvariantCulture)
        : v.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Citation(Observation o, bool stale)
    {
        var qualifier = o.Qualifier is null ? "" : $", {o.Qualifier}";
        var quote = o.Quote is null ? "" : $" \"{o.Quote}\"";
        var staleMark = stale ? " [ageing]" : "";
        var period = o.Since is { } since ? $"{since}…{o.AsOf}" : o.AsOf.ToString();
        return $"{Vocabulary.Name(o.Status)}{qualifier}, {period}:{quote} — {o.Source}, {o.Locator}{staleMark}";
    }
}
