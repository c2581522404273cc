using DeFacto.Core.Registry;

namespace DeFacto.Storage.Records;

/// <summary>
/// An import that brings its own codebook and registry replaces the ledger's. Every record the ledger keeps
/// (and the import does not replace) must still find its territory, places and indicator in them; this
/// lists what would be left pointing at nothing, grouped by the missing id, before anything is written.
/// </summary>
internal static class OrphanCheck
{
#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class Use
    {
        public string Territory { get; set; } = "";

        public string? Indicator { get; set; }

        public string? Category { get; set; }

        public string? Parties { get; set; }

        public string Id { get; set; } = "";
    }
#pragma warning restore CA1812

    public static IReadOnlyList<string> Find(WriteScope scope, Core.Dataset incoming)
    {
        var replaced = incoming.Ledger.CodedObservations.Select(o => o.Id)
            .Concat(incoming.Ledger.CodedEvents.Select(e => e.Id))
            .Concat(incoming.Ledger.Treaties.Select(t => t.Id))
            .ToHashSet(StringComparer.Ordinal);
        var missing = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        void Count(string what, string kind)
        {
            if (!missing.TryGetValue(what, out var kinds))
            {
                missing[what] = kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }

            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        void Check(string kind, Use use)
        {
            if (use.Territory.Length > 0 && incoming.Registry.Find(use.Territory) is not { Kind: PlaceKind.Territory })
            {
                Count($"territory '{use.Territory}'", kind);
            }

            if (use.Indicator is { } indicatorId)
            {
                var indicator = incoming.Codebook.FindIndicator(indicatorId);
                if (indicator is null)
                {
                    Count($"indicator '{indicatorId}'", kind);
                }
                else if (use.Category is { } category && indicator.FindAnchor(category) is null)
                {
                    Count($"category '{category}' of {indicatorId}", kind);
                }
            }

            foreach (var party in Fingerprint.ParseList(use.Parties ?? "[]").Where(p => incoming.Registry.Find(p) is null))
            {
                Count($"place '{party}'", kind);
            }
        }

        foreach (var use in scope.Query<Use>("SELECT territory AS \"Territory\", indicator AS \"Indicator\", category AS \"Category\", NULL AS \"Parties\", id AS \"Id\" FROM observations"))
        {
            if (!replaced.Contains(use.Id))
            {
                Check("observations", use);
            }
        }

        foreach (var use in scope.Query<Use>("SELECT COALESCE(territory, '') AS \"Territory\", NULL AS \"Indicator\", NULL AS \"Category\", parties AS \"Parties\", id AS \"Id\" FROM events"))
        {
            if (!replaced.Contains(use.Id))
            {
                Check("events", use);
            }
        }

        foreach (var use in scope.Query<Use>("SELECT '' AS \"Territory\", NULL AS \"Indicator\", NULL AS \"Category\", parties AS \"Parties\", id AS \"Id\" FROM treaties"))
        {
            if (!replaced.Contains(use.Id))
            {
                Check("treaties", use);
            }
        }

        foreach (var use in scope.Query<Use>("SELECT territory AS \"Territory\", indicator AS \"Indicator\", category AS \"Category\", NULL AS \"Parties\", treaty_id AS \"Id\" FROM provisions"))
        {
            if (!replaced.Contains(use.Id))
            {
                Check("treaty provisions", use);
            }
        }

        return missing.Select(m => $"the import drops {m.Key}, which the ledger still uses ({string.Join(", ", m.Value.Select(k => $"{k.Value} {k.Key}"))}); " +
            "keep it in the folder's codebook.yaml / territories.yaml, or remove those records first").ToList();
    }
}
