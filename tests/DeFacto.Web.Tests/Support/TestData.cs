using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Dataset;
using DeFacto.Tests;

namespace DeFacto.Web.Tests.Support;

/// <summary>The bundled dataset, read once, and the same with one hostile quote added.</summary>
internal static class TestData
{
    public const string HostileQuote = "<script>document.title='pwned'</script> 95 per cent";

    private static readonly Lazy<Core.Dataset> BundledLazy = new(() =>
    {
        var result = DatasetReader.Load(RepoPaths.Data);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Dataset!;
    });

    public static Core.Dataset Bundled => BundledLazy.Value;

    /// <summary>The bundled data plus a South Ossetia passport share for 2021 whose quote holds a script tag.</summary>
    public static Core.Dataset WithHostileQuote()
    {
        var d = Bundled;
        var hostile = Observation.Create("south-ossetia-hostile-quote", "south-ossetia", "citizenship.patron_passport_share", ObservedValue.OfPoint(95),
            EvidenceStatus.InPlace, PartialDate.Parse("2021-06-01").Value, d.Ledger.Sources[0].Id, "p. 1", quote: HostileQuote).Value;
        var ledger = new Ledger(d.Ledger.Sources, d.Ledger.CodedObservations.Append(hostile), d.Ledger.CodedEvents, d.Ledger.Treaties);
        return d with { Ledger = ledger };
    }
}
