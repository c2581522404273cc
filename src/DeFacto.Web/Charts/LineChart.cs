using System.Globalization;
using System.Text;

namespace DeFacto.Web.Charts;

/// <summary>
/// A score over time on a 0–1 scale: the median as a line with its 90% interval as a band, stage
/// thresholds as gridlines, numbered event markers, and an optional marker for the date being shown.
/// </summary>
public static class LineChart
{
    private const double Width = 680, Height = 260, Left = 44, Right = 20, Top = 26, Bottom = 30;

    public static string Render(string id, string title, IReadOnlyList<LinePoint> points, IReadOnlyList<ChartMarker> events, ChartMarker? current = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(events);
        var sb = new StringBuilder();
        var description = points.Count == 0
            ? "no points"
            : "index by date: " + string.Join("; ", points.Select(p => $"{p.Date:yyyy-MM-dd} {BarChart.Describe(new IntervalValue("", p.Median, p.Low, p.High))}"))
              + (events.Count > 0 ? $". {events.Count} numbered event marker(s), each titled with its date and name" : "");
        SvgText.Open(sb, SvgText.Id(id), Width, Height, title, description, "chart line-chart");
        if (points.Count == 0)
        {
            SvgText.Label(sb, Width / 2, Height / 2, "no evidence to chart", "middle");
            sb.Append("</svg>");
            return sb.ToString();
        }

        var scale = new TimeScale(points, events, current, Left, Width - Right);
        double Y(double v) => Top + ((1 - Math.Clamp(v, 0, 1)) * (Height - Top - Bottom));

        foreach (var tick in new[] { 0, 0.25, 0.5, 0.8, 1 })
        {
            sb.Append("<line class=\"grid\" x1=\"").Append(SvgText.N(Left)).Append("\" x2=\"").Append(SvgText.N(Width - Right))
                .Append("\" y1=\"").Append(SvgText.N(Y(tick))).Append("\" y2=\"").Append(SvgText.N(Y(tick))).Append("\"/>");
            SvgText.Label(sb, Left - 6, Y(tick) + 4, tick.ToString("0.##", CultureInfo.InvariantCulture), "end", "tick");
        }

        foreach (var year in scale.Years())
        {
            SvgText.Label(sb, scale.X(new DateOnly(year, 7, 1)), Height - 10, year.ToString(CultureInfo.InvariantCulture), "middle", "tick");
        }

        foreach (var run in Runs(points))
        {
            if (run.All(p => p.Low is not null && p.High is not null))
            {
                var upper = run.Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.High!.Value))}");
                var lower = run.AsEnumerable().Reverse().Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.Low!.Value))}");
                sb.Append("<polygon class=\"band\" points=\"").Append(string.Join(' ', upper.Concat(lower))).Append("\"/>");
            }

            sb.Append("<polyline class=\"line\" points=\"")
                .Append(string.Join(' ', run.Select(p => $"{SvgText.N(scale.X(p.Date))},{SvgText.N(Y(p.Median!.Value))}"))).Append("\"/>");
        }

        foreach (var p in points.Where(p => p.Median is not null))
        {
            var label = $"{p.Date:yyyy-MM-dd}: {BarChart.Describe(new IntervalValue("", p.Median, p.Low, p.High))}";
            sb.Append("<circle class=\"point\" cx=\"").Append(SvgText.N(scale.X(p.Date))).Append("\" cy=\"").Append(SvgText.N(Y(p.Median!.Value)))
                .Append("\" r=\"3\"><title>").Append(SvgText.Escape(label)).Append("</title></circle>");
        }

        // Events close together share one marker, titled with all of them, so numbers never overprint.
        var row = 0;
        foreach (var group in Groups(events, scale))
        {
            var x = group.X;
            var numbers = group.First == group.Last ? $"{group.First}" : $"{group.First}–{group.Last}";
            var names = string.Join("; ", Enumerable.Range(group.First, group.Last - group.First + 1).Select(n => $"{n}. {events[n - 1].Date:yyyy-MM-dd} {events[n - 1].Label}"));
            sb.Append("<g class=\"event\"><title>").Append(SvgText.Escape(names)).Append("</title>")
                .Append("<line x1=\"").Append(SvgText.N(x)).Append("\" x2=\"").Append(SvgText.N(x)).Append("\" y1=\"").Append(SvgText.N(Top - 4))
                .Append("\" y2=\"").Append(SvgText.N(Height - Bottom)).Append("\"/>");
            SvgText.Label(sb, x, Top - 8 - (row++ % 2 * 9), numbers, "middle", "event-number");
            sb.Append("</g>");
        }

        if (current is { } c)
        {
            var x = scale.X(c.Date);
            sb.Append("<g class=\"current\"><line x1=\"").Append(SvgText.N(x)).Append("\" x2=\"").Append(SvgText.N(x)).Append("\" y1=\"")
                .Append(SvgText.N(Top)).Append("\" y2=\"").Append(SvgText.N(Height - Bottom)).Append("\"/>");
            SvgText.Label(sb, Math.Min(x + 4, Width - Right - 90), Height - Bottom - 6, c.Label, "start", "current-label");
            sb.Append("</g>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Events in date order, grouped while each is within a few pixels of the group's first; numbers are 1-based.</summary>
    private static List<(double X, int First, int Last)> Groups(IReadOnlyList<ChartMarker> events, TimeScale scale)
    {
        var groups = new List<(double X, int First, int Last)>();
        for (var i = 0; i < events.Count; i++)
        {
            var x = scale.X(events[i].Date);
            if (groups.Count > 0 && Math.Abs(x - groups[^1].X) < 14)
            {
                groups[^1] = groups[^1] with { Last = i + 1 };
            }
            else
            {
                groups.Add((x, i + 1, i + 1));
            }
        }

        return groups;
    }

    /// <summary>Consecutive points with a median; a point without one breaks the line.</summary>
    internal static IEnumerable<List<LinePoint>> Runs(IReadOnlyList<LinePoint> points)
    {
        var run = new List<LinePoint>();
        foreach (var p in points)
        {
            if (p.Median is null)
            {
                if (run.Count > 0)
                {
                    yield return run;
                }

                run = [];
            }
            else
            {
                run.Add(p);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
