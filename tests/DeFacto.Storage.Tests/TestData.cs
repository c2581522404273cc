using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;

namespace DeFacto.Storage.Tests;

/// <summary>The bundled dataset, and a way to compare ledgers by content.</summary>
internal static class TestData
{
    private static readonly Lazy<Core.Dataset> LazyBundled = new(() =>
    {
        var result = DatasetReader.Load(DataDirectory);
        Assert.Empty(result.Problems);
        return result.Dataset!;
    });

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string DataDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeFacto.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "data");
        }
    }

    public static Core.Dataset Bundled => LazyBundled.Value;

    public static DatasetDocuments Documents => DatasetDocuments.FromDirectory(DataDirectory);

    /// <summary>The bundled dataset with some observations added (and optionally some replaced).</summary>
    public static Core.Dataset With(IEnumerable<Observation> observations, Core.Dataset? baseData = null)
    {
        var d = baseData ?? Bundled;
        var added = observations.ToList();
        var ids = added.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var ledger = new Ledger(d.Ledger.Sources, d.Ledger.CodedObservations.Where(o => !ids.Contains(o.Id)).Concat(added), d.Ledger.CodedEvents, d.Ledger.Treaties);
        return d with { Ledger = ledger };
    }

    /// <summary>Only the given observations (and the sources they need): a user's own small import.</summary>
    public static Core.Dataset Only(IEnumerable<Observation> observations) =>
        Bundled with { Ledger = new Ledger(Bundled.Ledger.Sources, observations, [], []) };

    // Records hold lists, which compare by reference; JSON compares them by content.
    /// <summary>Every public property of a dataset, deeply, as JSON: codebook, registry, ledger and codings.</summary>
    public static string Whole(Core.Dataset d) => JsonSerializer.Serialize(d, Json);

    public static string Snapshot(Core.Dataset d) => JsonSerializer.Serialize(new
    {
        Sources = d.Ledger.Sources.OrderBy(s => s.Id, StringComparer.Ordinal),
        Observations = d.Ledger.CodedObservations.OrderBy(o => o.Id, StringComparer.Ordinal),
        Events = d.Ledger.CodedEvents.OrderBy(e => e.Id, StringComparer.Ordinal),
        Treaties = d.Ledger.Treaties.OrderBy(t => t.Id, StringComparer.Ordinal),
    }, Json);

    public static Observation Observation(string id, double value, string source = "fiia-comment-9-2015") => Core.Evidence.Observation.Create(
        id, "south-ossetia", "citizenship.patron_passport_share", ObservedValue.OfPoint(value), EvidenceStatus.InPlace,
        Core.Time.PartialDate.Parse("2016-05").Value, source, "para. 1", quote: $"{value} per cent", unit: "percent", coder: "tester").Value;
}
