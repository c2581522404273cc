using System.Globalization;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Releases;

/// <summary>
/// Compares two releases: observations in their data copies matched by id, then every cell of their
/// frozen panels. A changed cell is explained by the observation changes that can reach it: same
/// territory, counted by that date, on that basis (pledges move only the commitments rows), and, for a
/// domain's columns, in that domain or feeding one of its derived indicators.
/// </summary>
public static class ReleaseComparer
{
    public static ReleaseDiff Compare(string beforeDirectory, string afterDirectory)
    {
        var before = Manifest.Read(beforeDirectory);
        var after = Manifest.Read(afterDirectory);
        var integrity = ReleaseVerifier.Verify(beforeDirectory).Select(p => $"{before.Version}: {p}")
            .Concat(ReleaseVerifier.Verify(afterDirectory).Select(p => $"{after.Version}: {p}")).ToList();
        var oldData = Load(beforeDirectory);
        var newData = Load(afterDirectory);
        var observations = ObservationChanges(oldData.Ledger, newData.Ledger);
        var oldPanel = PanelFile.Read(beforeDirectory);
        var newPanel = PanelFile.Read(afterDirectory);
        var relevant = RelevantIndicators(newData.Codebook, oldData.Codebook);
        var common = oldPanel.Columns.Intersect(newPanel.Columns, StringComparer.Ordinal).ToList();
        var cells = new List<CellChange>();
        foreach (var key in Sorted(oldPanel.Rows.Keys))
        {
            var oldRow = oldPanel.Rows[key];
            if (!newPanel.Rows.TryGetValue(key, out var newRow))
            {
                continue;
            }

            foreach (var column in common.Where(c => !SameCell(oldRow[c], newRow[c])))
            {
                var asOf = Date(newRow.GetValueOrDefault("as_of")) ?? new DateOnly(key.Year, 12, 31);
                var indicators = relevant.GetValueOrDefault(column);
                var because = observations
                    .Where(o => o.Territory == key.Territory && o.Affects(key.Basis, asOf)
                        && (indicators is null || indicators.Contains(o.Before?.Indicator ?? "") || indicators.Contains(o.After?.Indicator ?? "")))
                    .Select(o => o.Describe())
                    .ToList();
                if (because.Count == 0)
                {
                    because.AddRange(OtherCauses(before, after, oldRow, newRow));
                }

                cells.Add(new CellChange(key.Territory, key.Year, key.Basis, column, oldRow[column], newRow[column], because));
            }
        }

        return new ReleaseDiff
        {
            Before = before,
            After = after,
            Integrity = integrity,
            Observations = observations,
            Cells = cells,
            RowsAdded = Sorted(newPanel.Rows.Keys.Where(k => !oldPanel.Rows.ContainsKey(k))),
            RowsRemoved = Sorted(oldPanel.Rows.Keys.Where(k => !newPanel.Rows.ContainsKey(k))),
            ColumnsAdded = newPanel.Columns.Except(oldPanel.Columns, StringComparer.Ordinal).ToList(),
            ColumnsRemoved = oldPanel.Columns.Except(newPanel.Columns, StringComparer.Ordinal).ToList(),
        };
    }

    public static IReadOnlyList<ObservationChange> ObservationChanges(Ledger before, Ledger after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = ById(before.Observations);
        var current = ById(after.Observations);
        var changes = new List<ObservationChange>();
        foreach (var id in old.Keys.Union(current.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var a = old.GetValueOrDefault(id);
            var b = current.GetValueOrDefault(id);
            if (a is null)
            {
                changes.Add(new ObservationChange(id, ChangeKind.Added, null, b, []));
            }
            else if (b is null)
            {
                changes.Add(new ObservationChange(id, ChangeKind.Removed, a, null, []));
            }
            else if (ObservationComparer.Differences(a, b) is { Count: > 0 } fields)
            {
                changes.Add(new ObservationChange(id, ChangeKind.Changed, a, b, fields));
            }
        }

        return changes;
    }

    private static List<PanelKey> Sorted(IEnumerable<PanelKey> keys) =>
        keys.OrderBy(k => k.Territory, StringComparer.Ordinal).ThenBy(k => k.Year).ThenBy(k => k.Basis, StringComparer.Ordinal).ToList();

    private static Dictionary<string, Observation> ById(IEnumerable<Observation> observations)
    {
        var map = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            map.TryAdd(o.Id, o);
        }

        return map;
    }

    private static Core.Dataset Load(string releaseDirectory)
    {
        var result = DatasetReader.Load(Path.Combine(releaseDirectory, ReleaseFolder.DataFolder));
        return result.Dataset ?? throw new ExportException(
            $"the data copy in {releaseDirectory}/{ReleaseFolder.DataFolder} cannot be read: {string.Join("; ", result.Problems.Take(3))}");
    }

    /// <summary>Which indicators can move each panel column; a column missing from the map can be moved by any.</summary>
    private static Dictionary<string, HashSet<string>> RelevantIndicators(params Codebook[] codebooks)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var codebook in codebooks)
        {
            foreach (var domain in codebook.FunctionalDomains)
            {
                var ids = codebook.IndicatorsOf(domain.Id)
                    .SelectMany(i => new[] { i.Id }.Concat(i.Derivation?.Inputs ?? []))
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var suffix in new[] { "_score", "_low", "_high" })
                {
                    var column = ColumnNames.Of(domain.Id) + suffix;
                    if (map.TryGetValue(column, out var existing))
                    {
                        existing.UnionWith(ids);
                    }
                    else
                    {
                        map[column] = ids;
                    }
                }
            }

            foreach (var status in codebook.Indicators.Where(i => i.Role == IndicatorRole.Status))
            {
                map[ColumnNames.Of(status.Id)] = [status.Id];
            }
        }

        return map;
    }

    private static IEnumerable<string> OtherCauses(Manifest before, Manifest after, IReadOnlyDictionary<string, string> oldRow, IReadOnlyDictionary<string, string> newRow)
    {
        if (oldRow.GetValueOrDefault("as_of") != newRow.GetValueOrDefault("as_of"))
        {
            yield return $"assessed at a later date ({oldRow.GetValueOrDefault("as_of")} → {newRow.GetValueOrDefault("as_of")}): the current year is assessed on the day of release";
        }

        if (before.CodebookVersion != after.CodebookVersion)
        {
            yield return $"codebook v{before.CodebookVersion} → v{after.CodebookVersion}";
        }

        if (before.Draws != after.Draws || before.Seed != after.Seed)
        {
            yield return $"Monte Carlo settings changed ({before.Draws} draws, seed {before.Seed} → {after.Draws} draws, seed {after.Seed})";
        }

        if (before.Generator != after.Generator)
        {
            yield return $"scoring software changed ({before.Generator} → {after.Generator})";
        }

        if (oldRow.GetValueOrDefault("as_of") == newRow.GetValueOrDefault("as_of") && before.CodebookVersion == after.CodebookVersion
            && before.Draws == after.Draws && before.Seed == after.Seed && before.Generator == after.Generator)
        {
            yield return "no observation of this territory changed; the codebook's parameters or another territory-independent input did";
        }
    }

    private static bool SameCell(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x.Equals(y));

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
