using System.Globalization;
using DeFacto.Core.Evidence;

namespace DeFacto.Ingestion.Tests.Support;

/// <summary>The matching rules of ../shared/checks/score-extraction.py, in C#: recall over expected facts, precision over candidates.</summary>
internal static class Scorer
{
    public sealed record Score(double Recall, double Precision, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong)
    {
        public int Found { get; init; }

        public int Required { get; init; }

        public int Correct { get; init; }

        public int Candidates { get; init; }
    }

    public static Score Run(IngestionResult result, Expected expected, bool checkStatus = false)
    {
        var missed = new List<string>();
        var wrong = new List<string>();
        static bool Optional(IReadOnlyDictionary<string, object?> g) => g.TryGetValue("optional", out var o) && o is "true";
        var required = expected.Observations.Count(g => !Optional(g)) + expected.Events.Count(g => !Optional(g));
        var found = 0;
        foreach (var gold in expected.Observations.Where(g => !Optional(g)))
        {
            if (result.Observations.Any(c => Matches(c, gold, checkStatus)))
            {
                found++;
            }
            else
            {
                missed.Add(string.Join(", ", gold.Select(kv => $"{kv.Key}={kv.Value}")));
            }
        }

        foreach (var gold in expected.Events.Where(g => !Optional(g)))
        {
            if (result.Events.Any(c => Matches(c, gold)))
            {
                found++;
            }
            else
            {
                missed.Add(string.Join(", ", gold.Select(kv => $"{kv.Key}={Show(kv.Value)}")));
            }
        }

        var candidates = result.Observations.Count + result.Events.Count;
        var correct = 0;
        foreach (var c in result.Observations)
        {
            if (expected.Observations.Any(g => Matches(c, g, false)))
            {
                correct++;
            }
            else
            {
                wrong.Add($"{c.Territory} {c.Indicator} {c.Value}{c.Low}-{c.High} {c.Category} | {c.Quote}");
            }
        }

        foreach (var e in result.Events)
        {
            if (expected.Events.Any(g => Matches(e, g)))
            {
                correct++;
            }
            else
            {
                wrong.Add($"{e.Type} {e.Date} {string.Join('/', e.Parties)}");
            }
        }

        return new Score(required == 0 ? 1 : (double)found / required, candidates == 0 ? (required == 0 ? 1 : 0) : (double)correct / candidates, missed, wrong)
        {
            Found = found,
            Required = required,
            Correct = correct,
            Candidates = candidates,
        };
    }

    private static string Show(object? value) => value is IEnumerable<string> list ? string.Join('/', list) : value?.ToString() ?? "";

    private static bool Matches(CandidateFact c, IReadOnlyDictionary<string, object?> g, bool checkStatus)
    {
        if (Norm(c.Territory) != Norm(Get(g, "territory")) || Norm(c.Indicator) != Norm(Get(g, "indicator")))
        {
            return false;
        }

        if (checkStatus && Get(g, "status") is { } status && Vocabulary.Name(c.Status) != status)
        {
            return false;
        }

        if (Get(g, "category") is { } category)
        {
            return Norm(c.Category) == Norm(category);
        }

        if (Number(g, "value") is { } v)
        {
            return Close(c.Value, v) || (c.Low is { } l && c.High is { } h && l <= v && v <= h);
        }

        if (Number(g, "low") is { } gl && Number(g, "high") is { } gh)
        {
            return (Close(c.Low, gl) && Close(c.High, gh)) || (c.Value is { } cv && gl <= cv && cv <= gh);
        }

        return false;
    }

    private static bool Matches(CandidateEvent c, IReadOnlyDictionary<string, object?> g)
    {
        if (Norm(c.Type) != Norm(Get(g, "type")) || !c.Date.ToString().StartsWith(Get(g, "date") ?? "", StringComparison.Ordinal))
        {
            return false;
        }

        var parties = g.TryGetValue("parties", out var p) && p is IEnumerable<string> list ? list : [];
        return parties.All(x => c.Parties.Contains(x, StringComparer.Ordinal));
    }

    private static string? Get(IReadOnlyDictionary<string, object?> g, string key) => g.TryGetValue(key, out var v) ? v as string : null;

    private static double? Number(IReadOnlyDictionary<string, object?> g, string key) =>
        Get(g, key) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool Close(double? a, double b) => a is { } x && Math.Abs(x - b) <= (0.01 * Math.Max(Math.Abs(b), 1e-9)) + 1e-9;

    private static string? Norm(string? s) => s?.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
}
