using System.Text;

namespace DeFacto.Web.Charts;

/// <summary>
/// Horizontal bars on a 0–1 scale with 90% interval whiskers, one group per category and one bar per
/// series, each labelled with its median and interval in text, so the chart reads without colour.
/// </summary>
public static class BarChart
{
    private const double LabelWidth = 150, PlotWidth = 420, ValueWidth = 150, BarHeight = 16, Gap = 4, GroupGap = 12, Bottom = 26, LegendRow = 18, LegendColumns = 4;

    public static string Render(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        // The legend takes rows of four under the title, so eight territories all fit inside the chart.
        var legendRows = series.Count > 1 ? (int)Math.Ceiling(series.Count / LegendColumns) : 0;
        var top = 28 + (Math.Max(0, legendRows - 1) * LegendRow);
        var groupHeight = (series.Count * (BarHeight + Gap)) - Gap + GroupGap;
        var height = top + (categories.Count * groupHeight) + Bottom;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var sb = new StringBuilder();
        var description = string.Join("; ", categories.Select((c, k) => c + ": " + string.Join(", ",
            series.Select(s => (series.Count > 1 ? s.Name + " " : "") + Describe(k < s.Values.Count ? s.Values[k] : default)))));
        SvgText.Open(sb, SvgText.Id(id), width, height, title, description, "chart bar-chart");

        // Scale and stage thresholds, so a reader sees where 0.25, 0.5 and 0.8 fall.
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.8, 1 })
        {
            var x = LabelWidth + (tick * PlotWidth);
            sb.Append("<line class=\"grid\" x1=\"").Append(SvgText.N(x)).Append("\" x2=\"").Append(SvgText.N(x))
                .Append("\" y1=\"").Append(SvgText.N(top - 6)).Append("\" y2=\"").Append(SvgText.N(height - Bottom)).Append("\"/>");
            SvgText.Label(sb, x, height - 8, tick.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "middle", "tick");
        }

        for (var s = 0; s < series.Count && series.Count > 1; s++)
        {
            var x = 20 + (s % (int)LegendColumns * ((width - 20) / LegendColumns));
            var y = 6 + (s / (int)LegendColumns * LegendRow);
            sb.Append("<g class=\"legend-entry\"><rect class=\"series-").Append(s % 8).Append("\" x=\"").Append(SvgText.N(x)).Append("\" y=\"").Append(SvgText.N(y)).Append("\" width=\"12\" height=\"12\"/>");
            SvgText.Label(sb, x + 16, y + 10, series[s].Name, "start", "legend");
            sb.Append("</g>");
        }

        for (var k = 0; k < categories.Count; k++)
        {
            var groupTop = top + (k * groupHeight);
            SvgText.Label(sb, LabelWidth - 8, groupTop + (((groupHeight - GroupGap) / 2) + 5), categories[k], "end", "label");
            for (var s = 0; s < series.Count; s++)
            {
                var value = k < series[s].Values.Count ? series[s].Values[k] : default;
                Bar(sb, value, s, groupTop + (s * (BarHeight + Gap)), series.Count > 1 ? series[s].Name : null);
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Bar(StringBuilder sb, IntervalValue value, int series, double y, string? seriesName)
    {
        var label = (seriesName is null ? "" : seriesName + ": ") + value.Label + " " + Describe(value);
        sb.Append("<g class=\"bar\"><title>").Append(SvgText.Escape(label)).Append("</title>");
        if (value.Median is { } median)
        {
            var w = Math.Clamp(median, 0, 1) * PlotWidth;
            sb.Append("<rect class=\"series-").Append(series % 8).Append("\" x=\"").Append(SvgText.N(LabelWidth)).Append("\" y=\"").Append(SvgText.N(y))
                .Append("\" width=\"").Append(SvgText.N(Math.Max(w, 1))).Append("\" height=\"").Append(SvgText.N(BarHeight)).Append("\"/>");
            if (value.Low is { } low && value.High is { } high)
            {
                var x1 = LabelWidth + (Math.Clamp(low, 0, 1) * PlotWidth);
                var x2 = LabelWidth + (Math.Clamp(high, 0, 1) * PlotWidth);
                var mid = y + (BarHeight / 2);
                sb.Append("<path class=\"whisker\" d=\"M").Append(SvgText.N(x1)).Append(' ').Append(SvgText.N(mid)).Append('H').Append(SvgText.N(x2))
                    .Append('M').Append(SvgText.N(x1)).Append(' ').Append(SvgText.N(y + 3)).Append('V').Append(SvgText.N(y + BarHeight - 3))
                    .Append('M').Append(SvgText.N(x2)).Append(' ').Append(SvgText.N(y + 3)).Append('V').Append(SvgText.N(y + BarHeight - 3)).Append("\"/>");
            }
        }

        SvgText.Label(sb, LabelWidth + PlotWidth + 8, y + BarHeight - 4, Describe(value), "start", "value");
        sb.Append("</g>");
    }

    public static string Describe(IntervalValue v) => v.Median is null
        ? "no evidence"
        : v.Low is not null && v.High is not null
            ? $"{SvgText.Score(v.Median)} ({SvgText.Score(v.Low)}–{SvgText.Score(v.High)})"
            : SvgText.Score(v.Median);
}
