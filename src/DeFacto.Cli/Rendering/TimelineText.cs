using System.Text;
using DeFacto.Core.History;
using DeFacto.Core.Scoring;

namespace DeFacto.Cli.Rendering;

/// <summary>The timeline as a table with the index drawn as a chart in the terminal, or as Markdown.</summary>
internal static class TimelineText
{
    private const int Width = 40;

    public static string Render(Timeline t, string name, bool markdown)
    {
        var sb = new StringBuilder();
        if (markdown)
        {
            sb.AppendLine($"# {name}: timeline ({Names.Of(t.Basis)})");
            sb.AppendLine();
            sb.AppendLine("| date | index | 90% interval | stage | p(stage) | domains |");
            sb.AppendLine("|---|---:|---|---|---:|---:|");
            foreach (var p in t.Points)
            {
                var a = p.Assessment;
                sb.AppendLine($"| {p.Date:yyyy-MM-dd} | {Format.Score(a.Index.Median)} | {Format.Interval(a.Index)} | {StageName(a)} | {StageProbability(a)} | {a.Evidenced}/{a.DomainCount} |");
            }

            sb.AppendLine();
            sb.AppendLine("## Events");
            sb.AppendLine();
            foreach (var e in t.Events)
            {
                sb.AppendLine($"- {e.Event.Date} — {e.Event.Type}: {e.Event.Title} ({e.Event.Source}) → {StageName(e.After)}");
            }

            return sb.ToString();
        }

        sb.AppendLine($"{name}: index at the end of each year ({Names.Of(t.Basis)} basis)");
        sb.AppendLine($"{"date",-10}  {"index",5}  {"interval",-9}  {"0",-1}{new string(' ', Width - 2)}{"1",1}  dom  stage");
        foreach (var p in t.Points)
        {
            var a = p.Assessment;
            sb.AppendLine($"{p.Date:yyyy-MM-dd}  {Format.Score(a.Index.Median),5}  {Format.Interval(a.Index),-9}  {Chart(a.Index)}  {a.Evidenced}/{a.DomainCount}  {StageName(a)} {StageProbability(a)}");
        }

        if (t.Events.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Events (and the stage on the day)");
            foreach (var e in t.Events)
            {
                sb.AppendLine($"  {e.Event.Date,-10}  {e.Event.Type,-16} {e.Event.Title} — {e.Event.Source} → {StageName(e.After)}");
            }
        }

        return sb.ToString();
    }

    /// <summary>A one-line chart: the interval as a light band, the median as a solid mark.</summary>
    private static string Chart(Summary s)
    {
        var cells = new char[Width];
        Array.Fill(cells, '·');
        if (s.Median is { } m && s.Low is { } lo && s.High is { } hi)
        {
            for (var i = Cell(lo); i <= Cell(hi); i++)
            {
                cells[i] = '─';
            }

            cells[Cell(m)] = '●';
        }

        return new string(cells);
    }

    private static int Cell(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * (Width - 1));

    private static string StageName(Assessment a) => a.Stage is { } s ? Names.Of(s) : "not assessed";

    private static string StageProbability(Assessment a) => a.Stage is { } s ? $"(p {Format.Probability(a.ProbabilityOf(s))})" : "";
}
