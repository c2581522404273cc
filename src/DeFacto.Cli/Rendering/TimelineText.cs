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
            sb.AppendLine("| date | index | 90% interval | stage | functional | formal | current/evidenced/total |");
            sb.AppendLine("|---|---:|---|---|---|---|---:|");
            foreach (var p in t.Points)
            {
                var a = p.Assessment;
                sb.AppendLine($"| {p.Date:yyyy-MM-dd} | {Format.Score(a.Index.Median)} | {Format.Interval(a.Index)} | {VerdictText.Cell(a)} | {FunctionalName(a)} | {FormalName(a)} | {Domains(a)} |");
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
        sb.AppendLine($"{"date",-10}  {"index",5}  {"interval",-9}  {"0",-1}{new string(' ', Width - 2)}{"1",1}  {"cur/any/all",-11}  stage [functional; formal]");
        foreach (var p in t.Points)
        {
            var a = p.Assessment;
            sb.AppendLine($"{p.Date:yyyy-MM-dd}  {Format.Score(a.Index.Median),5}  {Format.Interval(a.Index),-9}  {Chart(a.Index)}  {Domains(a),-11}  {VerdictText.Cell(a)} [{FunctionalName(a)}; {FormalName(a)}]");
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

    private static string StageName(Assessment a) => VerdictText.Headline(a);

    private static string FunctionalName(Assessment a)
    {
        var leading = a.Functional.Ranked[0];
        return $"{Names.Of(leading)} p {Format.Probability(a.Functional.ProbabilityOf(leading))}";
    }

    private static string FormalName(Assessment a) => a.Formal.Incorporated ? $"incorporated {a.Formal.IncorporatedOn:yyyy-MM-dd}" : $"{a.Formal.StepsLeft} step(s) left";

    private static string Domains(Assessment a) => $"{a.Current}/{a.Evidenced}/{a.DomainCount - a.NotApplicable}";
}
