using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Evidence;

public sealed class ConflictFinderTests
{
    private static Event Signed(string id, string date, string source) =>
        Event.Create(id, "treaty-signed", PartialDate.Parse(date).Value, ["russia", "abkhazia"], "treaty", source,
            treaty: "russia-abkhazia-2014", territory: "abkhazia").Value;

    [Fact]
    public void Find_SameTreatyTwoSigningDates_BothKeptAndReported()
    {
        var ledger = new Ledger([], [], [Signed("a", "2014-11-24", "tass"), Signed("b", "2015-01", "fiia")], []);
        var conflict = Assert.Single(ConflictFinder.Find(ledger));
        Assert.Equal("abkhazia", conflict.Territory);
        Assert.Contains("2014-11-24", conflict.Describe(), StringComparison.Ordinal);
        Assert.Contains("2015-01", conflict.Describe(), StringComparison.Ordinal);
        Assert.Equal(2, ledger.Events.Count);
    }

    [Fact]
    public void Find_MonthAndDayThatOverlap_NoConflict()
    {
        var ledger = new Ledger([], [], [Signed("a", "2014-11-24", "tass"), Signed("b", "2014-11", "fiia")], []);
        Assert.Empty(ConflictFinder.Find(ledger));
    }

    [Fact]
    public void Find_FiguresFarApartSameYear_Conflict()
    {
        var ledger = Ledger(
            Obs("security.patron_troops", ObservedValue.OfPoint(16000), asOf: "2014-03", id: "a", source: "x"),
            Obs("security.patron_troops", ObservedValue.OfPoint(30000), asOf: "2014-03", id: "b", source: "y"));
        Assert.Single(ConflictFinder.Find(ledger));
    }

    [Fact]
    public void Find_RoundedFiguresClose_NoConflict()
    {
        var ledger = Ledger(
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(57.6), asOf: "2016", id: "a", source: "x"),
            Obs("finance.patron_budget_share", ObservedValue.OfPoint(58.3), asOf: "2016", id: "b", source: "y"));
        Assert.Empty(ConflictFinder.Find(ledger));
    }
}
