using DeFacto.Core.Evidence;

namespace DeFacto.Storage.Records;

/// <summary>
/// Checks a dataset against the codebook and registry it will be read with and against the ledger it
/// goes into, before anything is written. Each problem names its record, so one bad record can be found
/// and fixed while the whole import changes nothing.
/// </summary>
internal static class ImportValidator
{
    public static IReadOnlyList<string> Validate(Core.Dataset data, IReadOnlyDictionary<string, string> ledgerIds)
    {
        var problems = new List<string>();
        var ledger = data.Ledger;
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string kind, string id)
        {
            if (id.Length == 0)
            {
                problems.Add($"a {kind} has no id");
            }
            else if (!claimed.TryAdd(id, kind))
            {
                problems.Add($"{kind} '{id}': the id is also used by a {claimed[id]} in this import");
            }
            else if (ledgerIds.TryGetValue(id, out var other) && other != kind)
            {
                problems.Add($"{kind} '{id}': the id is already used by a {other} in the ledger");
            }
        }

        var sources = ledger.Sources.Select(s => s.Id).Concat(ledgerIds.Where(kv => kv.Value == "source").Select(kv => kv.Key))
            .ToHashSet(StringComparer.Ordinal);
        var treaties = ledger.Treaties.Select(t => t.Id).Concat(ledgerIds.Where(kv => kv.Value == "treaty").Select(kv => kv.Key))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var s in ledger.Sources)
        {
            Claim("source", s.Id);
            Check(problems, $"source '{s.Id}'", Vocabulary.SourceKinds.Contains(s.Kind), $"kind '{s.Kind}' is not one of {string.Join(", ", Vocabulary.SourceKinds)}");
            Check(problems, $"source '{s.Id}'", s.Title.Length > 0, "has no title");
        }

        foreach (var t in ledger.Treaties)
        {
            Claim("treaty", t.Id);
            var at = $"treaty '{t.Id}'";
            CheckSource(problems, at, t.Source, sources);
            foreach (var party in t.Parties.Where(p => data.Registry.Find(p) is null))
            {
                problems.Add($"{at}: party '{party}' is not in the registry");
            }

            foreach (var p in t.Provisions)
            {
                Claim("provision", p.Id);
                var pat = $"provision '{p.Id}' of treaty '{t.Id}'";
                CheckCoded(problems, pat, data, p.Territory, p.Indicator, p.Value, p.Quote, 0.5);
                CheckSource(problems, pat, p.Source, sources);
                Check(problems, pat, Vocabulary.Obligations.Contains(p.Obligation), $"obligation '{p.Obligation}' is not one of {string.Join(", ", Vocabulary.Obligations)}");
            }
        }

        foreach (var o in ledger.CodedObservations)
        {
            Claim("observation", o.Id);
            var at = $"observation '{o.Id}'";
            CheckCoded(problems, at, data, o.Territory, o.Indicator, o.Value, o.Quote, o.Confidence);
            CheckSource(problems, at, o.Source, sources);
            Check(problems, at, o.Locator.Length > 0, "has no locator");
            Check(problems, at, o.Qualifier is null || data.Codebook.QualifierIds.Contains(o.Qualifier), $"qualifier '{o.Qualifier}' is not one of {string.Join(", ", data.Codebook.QualifierIds)}");
        }

        foreach (var e in ledger.CodedEvents)
        {
            Claim("event", e.Id);
            var at = $"event '{e.Id}'";
            Check(problems, at, Vocabulary.EventTypes.Contains(e.Type), $"type '{e.Type}' is not one of {string.Join(", ", Vocabulary.EventTypes)}");
            CheckSource(problems, at, e.Source, sources);
            Check(problems, at, e.Treaty is null || treaties.Contains(e.Treaty), $"treaty '{e.Treaty}' is not in the import or the ledger");
            Check(problems, at, e.Confidence is >= 0 and <= 1, "confidence must lie between 0 and 1");
            foreach (var party in e.Parties.Where(p => data.Registry.Find(p) is null))
            {
                problems.Add($"{at}: party '{party}' is not in the registry");
            }
        }

        CodingValidator.Validate(data, ledgerIds, problems);
        return problems;
    }

    /// <summary>Checks a coded value against its indicator and territory, by the same rules the reader and the review keep.</summary>
    public static void CheckCoded(List<string> problems, string at, Core.Dataset data, string territory, string indicatorId, ObservedValue value, string? quote, double confidence)
    {
        problems.AddRange(CodedValues.Problems(data.Codebook, data.Registry, territory, indicatorId, value).Select(p => $"{at}: {p}"));
        if (Observation.ConfidenceProblem(confidence) is { } wrong)
        {
            problems.Add($"{at}: confidence {wrong}");
        }

        if (Quotes.Problem(quote) is { } tooLong)
        {
            problems.Add($"{at}: {tooLong}");
        }
    }

    private static void CheckSource(List<string> problems, string at, string source, HashSet<string> sources) =>
        Check(problems, at, sources.Contains(source), $"source '{source}' is not in the import or the ledger");

    private static void Check(List<string> problems, string at, bool ok, string message)
    {
        if (!ok)
        {
            problems.Add($"{at}: {message}");
        }
    }
}
