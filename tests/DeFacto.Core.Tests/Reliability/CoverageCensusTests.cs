using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Reliability;
using DeFacto.Core.Scoring;
using DeFacto.Core.Time;

namespace DeFacto.Core.Tests.Reliability;

public sealed class CoverageCensusTests
{
    private static readonly PlaceRegistry Registry = new(
    [
        new Place
        {
            Id = "t", Name = "T", Kind = PlaceKind.Territory,
            Since = PartialDate.Parse("2010-01-01").Value, Until = PartialDate.Parse("2013-06-01").Value,
            NotApplicable = new Dictionary<string, string>(StringComparer.Ordinal) { ["border"] = "no border with the patron" },
        },
    ]);

    private static CoverageReport Census(int min, params Observation[] observations) =>
        CoverageCensus.Compute(new Assessor(Fixture.Codebook, Fixture.Ledger(observations), Registry), Registry, 2008, 2015, min);

    [Fact]
    public void Compute_CountsOnlyYearEndsOfTheContestedExistence()
    {
        var report = Census(1, Fixture.Category("finance.currency", "patron", asOf: "2010"));

        var t = Assert.Single(report.Territories);
        Assert.Equal([2010, 2011, 2012], t.Years.Select(y => y.Year));
        Assert.All(t.Years, y => Assert.Equal(["finance"], y.Current));
        Assert.Equal(6, t.Years[0].Applicable);
        Assert.Equal(3, report.Meeting);
        Assert.Equal(1.0, report.Share);
    }

    [Fact]
    public void Compute_OldEvidence_IsEvidencedButNeverCurrent()
    {
        var report = Census(2,
            Fixture.Category("finance.currency", "patron", asOf: "2010"),
            Fixture.Category("education.patron_curriculum", "all-levels", asOf: "2001"));

        var t = Assert.Single(report.Territories);
        Assert.Contains("education", t.NeverCurrent);
        Assert.DoesNotContain("education", t.NeverEvidenced);
        Assert.Contains("citizenship", t.NeverEvidenced);
        Assert.DoesNotContain("finance", t.NeverCurrent);
        Assert.Equal(["border"], t.NotApplicable);
        Assert.DoesNotContain("border", t.NeverCurrent);
        Assert.Equal(0, report.Meeting);
    }

    [Fact]
    public void Compute_EvidenceAges_OutOfCurrentness()
    {
        // Current while young, then not: the model's fresh_years decides, not the census.
        var report = CoverageCensus.Compute(
            new Assessor(Fixture.Codebook, Fixture.Ledger(Fixture.Category("finance.currency", "patron", asOf: "2008")), Registry),
            new PlaceRegistry([Registry.Places[0] with { Until = null }]), 2010, 2025, 1);

        var years = Assert.Single(report.Territories).Years;
        Assert.Contains(years, y => y.Current.Count == 1);
        Assert.Contains(years, y => y.Current.Count == 0);
        Assert.True(years.TakeWhile(y => y.Current.Count == 1).Count() == years.Count(y => y.Current.Count == 1), "current years come first");
    }
}
