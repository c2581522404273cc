using DeFacto.Core.Scoring;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Tests.Panel;

public sealed class PanelBuilderTests
{
    [Fact]
    public void Build_Defaults_RunsFromFirstEvidenceYearToTodayOnBothBases()
    {
        var dataset = TestData.Load();

        var panel = PanelBuilder.Build(dataset, new PanelOptions(TestData.Today));

        var alpha = panel.Rows.Where(r => r.Territory.Id == "alpha-land").ToList();
        Assert.Equal(Enumerable.Range(2010, 7).SelectMany(y => new[] { (y, Basis.Practice), (y, Basis.Commitments) }),
            alpha.Select(r => (r.Year, r.Basis)));
        Assert.Equal(6, panel.Rows.Count(r => r.Territory.Id == "beta-land"));
        Assert.DoesNotContain(panel.Rows, r => r.Territory.Id == "gamma-land");
        Assert.Equal(new DateOnly(2015, 12, 31), alpha.Single(r => r.Year == 2015 && r.Basis == Basis.Practice).AsOf);
        Assert.Equal(TestData.Today, alpha.Single(r => r.Year == 2016 && r.Basis == Basis.Practice).AsOf);
    }

    [Fact]
    public void Build_FromAndTo_GivesEveryTerritoryTheSameYearsEvenWithoutEvidence()
    {
        var panel = PanelBuilder.Build(TestData.Load(), new PanelOptions(TestData.Today, 2008, 2011));

        Assert.Equal(3 * 4 * 2, panel.Rows.Count);
        var gamma = panel.Rows.Where(r => r.Territory.Id == "gamma-land").ToList();
        Assert.All(gamma, r => Assert.Equal(Core.Scoring.Stage.InsufficientEvidence, r.Assessment.Stage));
        Assert.All(gamma, r => Assert.Equal(0, r.Assessment.Current));
    }

    [Fact]
    public void Build_EveryRow_EqualsTheAssessorsOwnAnswer()
    {
        var dataset = TestData.Load();

        var panel = PanelBuilder.Build(dataset, new PanelOptions(TestData.Today));

        foreach (var row in panel.Rows)
        {
            var expected = Expected.Assess(dataset, row.Territory.Id, row.Year, Names.Of(row.Basis), TestData.Today);
            Assert.Equal(expected.Index, row.Assessment.Index);
            Assert.Equal(expected.Stage, row.Assessment.Stage);
            Assert.Equal(expected.StageProbabilities.OrderBy(p => p.Key), row.Assessment.StageProbabilities.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void Build_CommitmentsBasis_CountsThePledgeThatPracticeIgnores()
    {
        var panel = PanelBuilder.Build(TestData.Load(), new PanelOptions(TestData.Today));

        double? Finance(Basis basis) => panel.Rows.Single(r => r.Territory.Id == "alpha-land" && r.Year == 2014 && r.Basis == basis)
            .Assessment.Domain("finance")!.Score.Median;
        Assert.True(Finance(Basis.Commitments) > Finance(Basis.Practice));
    }

    [Fact]
    public void ObservationCount_CountsTheLatestObservationPerIndicator()
    {
        var panel = PanelBuilder.Build(TestData.Load(), new PanelOptions(TestData.Today));

        int Count(int year, Basis basis) => panel.Rows.Single(r => r.Territory.Id == "alpha-land" && r.Year == year && r.Basis == basis).ObservationCount;
        Assert.Equal(2, Count(2010, Basis.Practice));
        Assert.Equal(2, Count(2013, Basis.Practice));
        Assert.Equal(3, Count(2013, Basis.Commitments));
    }

    [Theory]
    [InlineData(2012, 2010, "after --to")]
    [InlineData(null, 2017, "after the current year")]
    [InlineData(99, null, "four-digit")]
    public void Problem_BadYears_SaysWhatIsWrong(int? from, int? to, string expected)
    {
        var problem = new PanelOptions(TestData.Today, from, to).Problem();

        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PanelBuilder.Build(TestData.Load(), new PanelOptions(TestData.Today, from, to)));
    }
}
