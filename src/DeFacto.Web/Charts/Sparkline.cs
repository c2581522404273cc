using System.Text;

namespace DeFacto.Web.Charts;

/// <summary>A small trend line with its band, for tables; its title and description carry the numbers.</summary>
public static class Sparkline
{
    private const double Width = 140, Height = 30, Pad = 3;

    public static string Render(string id, string title, IReadOnlyList<LinePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sb = new StringBuilder();
        var described = points.Where(p => p.Median is not null).ToList();
        var description = described.Count == 0
            ? "no evidence"
            : $"from {SvgText.Score(described[0].Median)} in {described[0].Date.Year} to {SvgText.Score(described[^1].Median)} in {described[^1].Date.Year}";
        SvgText.Open(sb, SvgText.Id(id), Width, Height, title, description, "chart sparkline");
        if (points.Count > 0)
        {
            var first = points[0].Date.DayNumber;
            var span = Math.Max(1, points[^1].Date.DayNumber - first);
            double X(DateOnly d) => Pad + ((double)(d.DayNumber - first) / span * (Width - (2 * Pad)));
            double Y(double v) => Pad + ((1 - Math.Clamp(v, 0, 1)) * (Height - (2 * Pad)));
            foreach (var run in LineChart.Runs(points))
            {
                if (run.All(p => p.Low is not null && p.High is not null))
                {
                    var upper = run.Select(p => $"{SvgText.N(X(p.Date))},{SvgText.N(Y(p.High!.Value))}");
                    var lower = run.AsEnumerable().Reverse().Select(p => $"{SvgText.N(X(p.Date))},{SvgText.N(Y(p.Low!.Value))}");
                    sb.Append("<polygon class=\"band\" points=\"").Append(string.Join(' ', upper.Concat(lower))).Append("\"/>");
                }

                sb.Append("<polyline class=\"line\" points=\"")
                    .Append(string.Join(' ', run.Select(p => $"{SvgText.N(X(p.Date))},{SvgText.N(Y(p.Median!.Value))}"))).Append("\"/>");
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
