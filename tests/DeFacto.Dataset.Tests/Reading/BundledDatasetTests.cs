using DeFacto.Tests;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>The dataset that ships in data/ must validate clean, and every figure must cite its source.</summary>
public sealed class BundledDatasetTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => DatasetReader.Load(RepoPaths.Data));

    [Fact]
    public void Load_BundledData_HasNoProblems() =>
        Assert.True(Loaded.Value.Ok, string.Join("\n", Loaded.Value.Problems.Take(30)));

    [Fact]
    public void Load_BundledData_EveryObservationCitesASourceWithALocator()
    {
        var ledger = Loaded.Value.Dataset!.Ledger;
        Assert.All(ledger.Observations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Locator), o.Id);
            Assert.NotNull(ledger.FindSource(o.Source));
        });
        Assert.All(ledger.Events, e => Assert.NotNull(ledger.FindSource(e.Source)));
    }

    [Fact]
    public void Load_BundledData_CodebookHoldsEveryDesignIndicator()
    {
        string[] design =
        [
            "citizenship.patron_passport_share", "citizenship.patron_naturalisation", "finance.patron_budget_share", "finance.currency",
            "finance.relative_subsidy", "security.patron_base", "security.patron_troops", "security.patron_border_guards",
            "security.armed_patron_per_resident", "security.line_control", "government.patron_officials", "government.official_pay_parity",
            "border.patron_crossing_regime", "welfare.patron_social_insurance", "welfare.pension_parity", "education.patron_curriculum",
            "status.patron_recognition", "status.formal_incorporation", "status.accession_goal", "status.patron_bloc_membership", "population.residents",
        ];
        var codebook = Loaded.Value.Dataset!.Codebook;
        Assert.All(design, id => Assert.NotNull(codebook.FindIndicator(id)));
        Assert.Equal(7, codebook.FunctionalDomains.Count());
    }

    [Fact]
    public void Load_BundledData_EveryScoredCategoryNamesItsHolder()
    {
        var codebook = Loaded.Value.Dataset!.Codebook;
        var scored = codebook.Indicators.Where(i => i.Role is Core.Coding.IndicatorRole.Scored or Core.Coding.IndicatorRole.Derived).ToList();
        Assert.All(scored.Where(i => !i.IsNumeric).SelectMany(i => i.Anchors),
            a => Assert.True(a.Holder != Core.Coding.Holder.Unknown || a.Id == "no", $"{a.Id} names no holder")); // legacy curriculum "no": own or parent
        Assert.All(scored.Where(i => i.IsNumeric), i => Assert.Equal(3, i.Holders.Count));
        Assert.Equal(Core.Coding.Holder.Parent, codebook.FindIndicator("finance.currency")!.FindAnchor("parent")!.Holder);
        Assert.Equal(0, codebook.FindIndicator("citizenship.parent_passport_share")!.Goalposts!.Value.Score(100));
    }

    [Fact]
    public void Load_BundledData_EveryTerritoryHasASourcedStart()
    {
        var dataset = Loaded.Value.Dataset!;
        Assert.All(dataset.Registry.Territories, t =>
        {
            Assert.NotNull(t.Since);
            Assert.NotNull(dataset.Ledger.FindSource(t.SinceSource!));
            Assert.False(string.IsNullOrWhiteSpace(t.SinceLocator));
        });
        Assert.Equal(new DateOnly(2014, 2, 27), dataset.Registry.Find("crimea")!.Since!.Value.Start);
        Assert.True(dataset.Registry.Find("transnistria")!.NotApplicable.ContainsKey("border"));
    }

    [Fact]
    public void Load_BundledData_RegistryHoldsTheTerritoriesAndStates()
    {
        var registry = Loaded.Value.Dataset!.Registry;
        foreach (var id in new[] { "south-ossetia", "abkhazia", "crimea", "transnistria", "northern-cyprus", "nagorno-karabakh", "donetsk", "luhansk" })
        {
            Assert.Equal(Core.Registry.PlaceKind.Territory, registry.Find(id)?.Kind);
        }

        Assert.Equal("transnistria", registry.Resolve("Pridnestrovie")?.Id);
        Assert.Equal("south-ossetia", registry.Resolve("Tskhinvali Region")?.Id);
        Assert.Null(registry.Find("south-ossetia")!.Iso3166Subdivision);
        Assert.Equal("GE-AB", registry.Find("abkhazia")!.Iso3166Subdivision);
    }

    [Fact]
    public void Load_BundledData_KeepsTheAbkhaziaTreatyDateConflict()
    {
        var conflicts = Core.Evidence.ConflictFinder.Find(Loaded.Value.Dataset!.Ledger);
        Assert.Contains(conflicts, c => c.Territory == "abkhazia" && c.Subject.Contains("treaty-signed", StringComparison.Ordinal));
    }
}
