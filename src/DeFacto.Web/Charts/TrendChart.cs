using System.Globalization;
using System.Text;

namespace DeFacto.Web.Charts;

/// <summary>
/// Several territories' index over the years: a coloured, dashed line per territory with its 90% band,
/// filled points where enough domains have current evidence and hollow ones where coverage is thin or
/// the headline abstains, each titled with its values; under the plot a strip per territory with the
/// headline stage of each year, and a legend in rows that always fits.
/// </summary>
public static class TrendChart
{
    private const double Width = 720, PlotHeight = 260, Left = 120, Right = 20, Top = 16, StripHeight = 12, LegendRow = 18, LegendColumns = 4;

    public static string Render(string id, string title, IReadOnlyList<TrendSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(s => s.Points).ToList();
        var stripTop = Top + PlotHeight + 26;
        var legendTop = stripTop + (series.Count * (StripHeight + 3)) + 14;
        var legendRows = (int)Math.Ceiling(series.Count / LegendColumns);
        var height = legendTop + (legendRows * LegendRow) + 6;
        var description = string.Join("; ", series.Select(s => s.Name + ": " + string.Join(", ",
            s.Points.Select(p => $"{p.Date.Year} {p.StageLabel} {BarChart.Describe(new IntervalValue("", p.Median, p.Low, p.High))}"))));
        var sb = new StringBuilder();
        SvgText.Open(sb, SvgText.Id(id), Width, height, title, description, "chart trend-chart");
        if (points.Count == 0)
        {
            SvgText.Label(sb, Width / 2, Top + (PlotHeight / 2), "no years to chart", "middle");
            sb.Append("</svg>");
            return sb.ToString();
        }

        var scale = new TimeScale(points.Select(p => new LinePoint(p.Date, p.Median, p.Low, p.High)).ToList(), [], null, Left, Width - Right);
        double Y(double v) => Top + ((1 - Math.Clamp(v, 0, 1)) * PlotHeight);
        var bottom = Top + PlotHeight;
        foreach (var tick in new[] { 0, 0.25, 0.5, 0.8, 1 })
        {
            Line(sb, "grid", Left, Width - Right, Y(tick), Y(tick));
            SvgText.Label(sb, Left - 6, Y(tick) + 4, tick.ToString("0.##", CultureInfo.InvariantCulture), "end", "tick");
        }

        foreach (var year in scale.Years())
        {
            SvgText.Label(sb, scale.X(new DateOnly(year, 7, 1)), bottom + 16, year.ToString(CultureInfo.InvariantCulture), "middle", "tick");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette.Of(s);
            var linePoints = series[s].Points.Select(p => new LinePoint(p.Date, p.Median, p.Low, p.High)).ToList();
            sb.Append("<g class=\"series\" data-series=\"").Append(SvgText.Escape(series[s].Name)).Append("\">");
            foreach (var run in LineChart.Runs(linePoints))
            {
                if (run.All(p => p.Low is not null && p.High is not null))
                {
                    var upper = run.Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.High!.Value))}");
                    var lower = run.AsEnumerable().Reverse().Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.Low!.Value))}");
                    sb.Append("<polygon class=\"trend-band\" fill=\"").Append(colour).Append("\" points=\"").Append(string.Join(' ', upper.Concat(lower))).Append("\"/>");
                }

                sb.Append("<polyline class=\"trend-line\" stroke=\"").Append(colour).Append('"');
                if (Palette.Dashes[s % Palette.Dashes.Count].Length > 0)
                {
                    sb.Append(" stroke-dasharray=\"").Append(Palette.Dashes[s % Palette.Dashes.Count]).Append('"');
                }

                sb.Append(" points=\"").Append(string.Join(' ', run.Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.Median!.Value))}"))).Append("\"/>");
            }

            foreach (var p in series[s].Points.Where(p => p.Median is not null))
            {
                sb.Append("<circle class=\"").Append(p.Thin ? "trend-point thin" : "trend-point").Append("\" cx=\"").Append(SvgText.N(scale.X(p.Date)))
                    .Append("\" cy=\"").Append(SvgText.N(Y(p.Median!.Value))).Append("\" r=\"").Append(p.Thin ? "3.5" : "3")
                    .Append("\" stroke=\"").Append(colour).Append("\" fill=\"").Append(p.Thin ? "#fff" : colour).Append("\"><title>")
                    .Append(SvgText.Escape(Title(series[s].Name, p))).Append("</title></circle>");
            }

            sb.Append("</g>");
        }

        // The headline stage along each line, one strip per territory.
        for (var s = 0; s < series.Count; s++)
        {
            var y = stripTop + (s * (StripHeight + 3));
            SvgText.Label(sb, Left - 6, y + StripHeight - 2, Short(series[s].Name), "end", "strip-label");
            foreach (var p in series[s].Points)
            {
                var x = scale.X(new DateOnly(p.Date.Year, 1, 1));
                var w = Math.Max(2, scale.X(new DateOnly(p.Date.Year, 12, 31)) - x - 1);
                sb.Append("<rect class=\"strip stage-fill-").Append(p.Stage).Append("\" x=\"").Append(SvgText.N(x)).Append("\" y=\"").Append(SvgText.N(y))
                    .Append("\" width=\"").Append(SvgText.N(w)).Append("\" height=\"").Append(SvgText.N(StripHeight)).Append("\"><title>")
                    .Append(SvgText.Escape(Title(series[s].Name, p))).Append("</title></rect>");
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            var column = s % (int)LegendColumns;
            var row = s / (int)LegendColumns;
            var x = Left + (column * ((Width - Left - Right) / LegendColumns));
            var y = legendTop + (row * LegendRow);
            sb.Append("<g class=\"legend-entry\"><line x1=\"").Append(SvgText.N(x)).Append("\" x2=\"").Append(SvgText.N(x + 22)).Append("\" y1=\"").Append(SvgText.N(y))
                .Append("\" y2=\"").Append(SvgText.N(y)).Append("\" stroke=\"").Append(Palette.Of(s)).Append("\" stroke-width=\"3\"");
            if (Palette.Dashes[s % Palette.Dashes.Count].Length > 0)
            {
                sb.Append(" stroke-dasharray=\"").Append(Palette.Dashes[s % Palette.Dashes.Count]).Append('"');
            }

            sb.Append("/>");
            SvgText.Label(sb, x + 28, y + 4, series[s].Name, "start", "legend");
            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Title(string name, TrendPoint p) =>
        $"{name}, {p.Date:yyyy-MM-dd}: {p.StageLabel}; index {BarChart.Describe(new IntervalValue("", p.Median, p.Low, p.High))}; {p.Note}";

    private static string Short(string name) => name.Length <= 16 ? name : name[..15] + "…";

    private static void Line(StringBuilder sb, string cssClass, double x1, double x2, double y1, double y2) =>
        sb.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(SvgText.N(x1)).Append("\" x2=\"").Append(SvgText.N(x2))
            .Append("\" y1=\"").Append(SvgText.N(y1)).Append("\" y2=\"").Append(SvgText.N(y2)).Append("\"/>");
}
