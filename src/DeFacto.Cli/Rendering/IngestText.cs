using System.Text;
using DeFacto.Core.Evidence;
using DeFacto.Ingestion;

namespace DeFacto.Cli.Rendering;

/// <summary>A document's candidate facts and events as a readable list.</summary>
internal static class IngestText
{
    public static string Render(IngestionResult result)
    {
        var sb = new StringBuilder();
        var d = result.Document;
        sb.AppendLine($"{d.Name}: {d.Title ?? "(untitled)"} · published {d.Published?.ToString() ?? "unknown"} · about {d.PrimaryTerritory ?? "no territory found"}");
        sb.AppendLine($"  {result.Observations.Count} candidate fact(s), {result.Events.Count} event(s)");
        foreach (var f in result.Observations)
        {
            var value = f.Category ?? (f.Low is not null && f.High is not null ? $"{Format.Number(f.Low.Value)}–{Format.Number(f.High.Value)}" : f.Value is { } v ? Format.Number(v) : "?");
            var unit = f.Unit is null or "ratio" ? "" : " " + f.Unit;
            var qualifier = f.Qualifier is null ? "" : $", {f.Qualifier}";
            sb.AppendLine($"  · {f.Territory} {f.Indicator} = {value}{unit} ({Vocabulary.Name(f.Status)}{qualifier}, as of {f.AsOf?.ToString() ?? "?"}, confidence {f.Confidence:0.00})");
            sb.AppendLine($"      \"{f.Quote}\" — chars {f.Span.Start}–{f.Span.End}");
        }

        foreach (var e in result.Events)
        {
            sb.AppendLine($"  ◆ {e.Date} {e.Type} [{string.Join(", ", e.Parties)}] {e.Title}");
        }

        return sb.ToString();
    }
}
