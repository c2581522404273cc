using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DeFacto.Core.Reliability;

namespace DeFacto.Cli.Rendering;

/// <summary>The coverage census as a table (one line per territory, a count per year) or as JSON.</summary>
internal static class CoverageText
{
    public static string Table(CoverageReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Functional domains (of {report.DomainCount}) with current practice evidence at each year-end, {report.FromYear}–{report.ToYear}"));
        text.AppendLine();
        foreach (var t in report.Territories)
        {
            var span = t.Years.Count == 0 ? "—" : $"{t.Years[0].Year}–{t.Years[^1].Year}";
            text.AppendLine(Invariant($"{t.Territory,-18} {span,-10} ≥{report.MinDomains}: {t.Meeting(report.MinDomains),2}/{t.Years.Count,-3} {string.Join(' ', t.Years.Select(y => y.Current.Count))}"));
            if (t.NeverCurrent.Count > 0)
            {
                text.AppendLine($"{"",-18} never current: {string.Join(", ", t.NeverCurrent)}" +
                    (t.NeverEvidenced.Count > 0 ? $"; never evidenced at all: {string.Join(", ", t.NeverEvidenced)}" : ""));
            }

            if (t.NotApplicable.Count > 0)
            {
                text.AppendLine($"{"",-18} not applicable: {string.Join(", ", t.NotApplicable)}");
            }
        }

        text.AppendLine();
        text.AppendLine(Invariant($"Territory-years with at least {report.MinDomains} current domains: {report.Meeting} of {report.TerritoryYears} ({Percent(report.Share)})"));
        return text.ToString();
    }

    public static string Json(CoverageReport report)
    {
        var root = new JsonObject
        {
            ["from"] = report.FromYear,
            ["to"] = report.ToYear,
            ["minDomains"] = report.MinDomains,
            ["territoryYears"] = report.TerritoryYears,
            ["meeting"] = report.Meeting,
            ["share"] = report.Share is { } s ? Math.Round(s, 4) : null,
            ["territories"] = new JsonArray(report.Territories.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Territory,
                ["years"] = t.Years.Count,
                ["meeting"] = t.Meeting(report.MinDomains),
                ["neverCurrent"] = Strings(t.NeverCurrent),
                ["neverEvidenced"] = Strings(t.NeverEvidenced),
                ["notApplicable"] = Strings(t.NotApplicable),
                ["yearEnds"] = new JsonArray(t.Years.Select(y => (JsonNode)new JsonObject
                {
                    ["year"] = y.Year,
                    ["current"] = y.Current.Count,
                    ["applicable"] = y.Applicable,
                    ["domains"] = Strings(y.Current),
                }).ToArray()),
            }).ToArray()),
        };
        return root.ToJsonString(JsonOptions.Indented) + "\n";
    }

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
