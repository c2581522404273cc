using DeFacto.Analysis.Assessing;

namespace DeFacto.Analysis.Tests.Assessing;

public sealed class TimelineOfTests
{
    private static readonly Workbench Bench = Bundled.On(new DateOnly(2026, 11, 26));

    [Fact]
    public void Plan_TerritoryThatEnded_StopsAtItsLastYear()
    {
        var plan = TimelineOf.Plan(Bench, new TimelineArguments("nagorno-karabakh")).Value;

        Assert.Equal(2023, plan.To);
    }

    [Fact]
    public void Plan_NoYears_RunsFromTheFirstEvidenceToThisYear()
    {
        var plan = TimelineOf.Plan(Bench, new TimelineArguments("crimea")).Value;
        var first = Bundled.Dataset.Ledger.ObservationsOf("crimea").Select(o => o.AsOf.Year)
            .Concat(Bundled.Dataset.Ledger.EventsOf("crimea").Select(e => e.Date.Year)).Min();

        Assert.Equal((first, 2026), (plan.From, plan.To));
    }

    [Fact]
    public void Plan_ToBeforeFrom_IsAProblemOnTo()
    {
        var problem = Assert.Single(TimelineOf.Plan(Bench, new TimelineArguments("crimea", "2016", "2013")).Problems);

        Assert.Equal("to", problem.Field);
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("twenty")]
    public void Plan_NotAYear_IsAProblemOnFrom(string from)
    {
        Assert.Equal("from", Assert.Single(TimelineOf.Plan(Bench, new TimelineArguments("crimea", from)).Problems).Field);
    }

    [Fact]
    public void Plan_UnknownTerritoryAndBadBasis_ReportsBoth()
    {
        var problems = TimelineOf.Plan(Bench, new TimelineArguments("atlantis", Basis: "vibes")).Problems;

        Assert.Equal(["territory", "basis"], problems.Select(p => p.Field));
    }
}
