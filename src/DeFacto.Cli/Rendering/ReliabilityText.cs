using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;

namespace DeFacto.Cli.Rendering;

/// <summary>A reliability report as a table or as the JSON object of the contract; nothing is computed here.</summary>
internal static class ReliabilityText
{
    public static string Table(ReliabilityReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Krippendorff's alpha over {report.Recoded} recoded observation(s): {Alpha(report.Overall.Alpha)} overall ({report.Overall.Pairs} pairs)"));
        if (report.Indicators.Count == 0)
        {
            text.AppendLine("No observation has a second coding yet: draw a sheet with `defacto reliability sample` and put the filled-in sheet in data/codings/.");
            return text.ToString();
        }

        text.AppendLine();
        text.AppendLine(Invariant($"{"indicator",-42} {"metric",-9} {"pairs",5} {"alpha",7}"));
        foreach (var i in report.Indicators)
        {
            text.AppendLine(Invariant($"{i.Indicator,-42} {i.Metric.ToString().ToLowerInvariant(),-9} {i.Agreement.Pairs,5} {Alpha(i.Agreement.Alpha),7}"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"{report.Disagreements.Count} disagreement(s), {report.Unresolved} unresolved:"));
        foreach (var d in report.Disagreements)
        {
            var resolution = d.Resolution is { } r ? $" → {r.Value} ({r.Reason})" : " → unresolved";
            text.AppendLine(Invariant($"  {d.Observation} [{d.Indicator}]: {Describe(d.First)} vs {Describe(d.Second)}{resolution}"));
        }

        return text.ToString();
    }

    public static string Json(ReliabilityReport report)
    {
        var root = new JsonObject
        {
            ["overall"] = new JsonObject { ["alpha"] = Round(report.Overall.Alpha), ["pairs"] = report.Overall.Pairs },
            ["indicators"] = new JsonArray(report.Indicators.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Indicator,
                ["alpha"] = Round(i.Agreement.Alpha),
                ["pairs"] = i.Agreement.Pairs,
            }).ToArray()),
            ["disagreements"] = new JsonArray(report.Disagreements.Select(d => (JsonNode)new JsonObject
            {
                ["observation"] = d.Observation,
                ["territory"] = d.Territory,
                ["indicator"] = d.Indicator,
                ["first"] = Coded(d.First),
                ["second"] = Coded(d.Second),
                ["resolution"] = d.Resolution is { } r
                    ? new JsonObject { ["value"] = Value(r.Value), ["reason"] = r.Reason, ["by"] = r.By, ["on"] = r.On?.ToString() }
                    : null,
            }).ToArray()),
        };
        return root.ToJsonString(JsonOptions.Indented) + "\n";
    }

    private static JsonObject Coded(CodedValue c) => new()
    {
        ["coder"] = c.Coder,
        ["value"] = Value(c.Value),
        ["status"] = c.Status is { } s ? Vocabulary.Name(s) : null,
    };

    private static JsonNode? Value(ObservedValue v) =>
        v.Category is { } c ? JsonValue.Create(c)
        : v.IsInterval ? new JsonObject { ["low"] = v.Low, ["high"] = v.High }
        : JsonValue.Create(v.Point);

    private static string Describe(CodedValue c) => $"{c.Coder} {c.Value}" + (c.Status is { } s ? $" ({Vocabulary.Name(s)})" : "");

    private static double? Round(double? alpha) => alpha is { } a ? Math.Round(a, 4) : null;

    private static string Alpha(double? alpha) => alpha?.ToString("0.000", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
