using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using DeFacto.Core.Time;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

/// <summary>Pledges count from entry into force, or from signature; each reports its implementation (DESIGN.md §5, point 7).</summary>
public sealed class PledgeTests
{
    private static readonly Treaty Treaty = new()
    {
        Id = "tr",
        Title = "Treaty",
        Parties = ["p", "t"],
        SignedOn = PartialDate.Parse("2015-03-18").Value,
        InForce = PartialDate.Parse("2016-04-01").Value,
        Source = "s",
        Provisions =
        [
            new Provision
            {
                Id = "tr-1", Territory = "t", Indicator = "border.patron_crossing_regime", Value = ObservedValue.OfCategory("abolished"),
                Obligation = "binding", Source = "s", Locator = "Art. 1",
            },
        ],
    };

    private static Ledger WithPractice(string regime, string asOf) =>
        Ledger([Category("border.patron_crossing_regime", regime, asOf: asOf, qualifier: "official")], [], [Treaty]);

    [Fact]
    public void Assess_SignedNotInForce_CountsOnlyWithPledgesFromSignature()
    {
        var ledger = WithPractice("simplified", "2015-01");
        var inForce = AssessIn(ledger, Place(), asOf: "2015-06-30", basis: Basis.Commitments);
        Assert.Empty(inForce.PledgeResults);
        Assert.Contains(inForce.Warnings, w => w.Kind == WarningKinds.PledgesNotInForce && w["treaty"] == "tr");

        var signed = AssessIn(ledger, Place(), asOf: "2015-06-30", basis: Basis.Commitments, pledges: PledgeCounting.FromSignature);
        var pledge = Assert.Single(signed.PledgeResults);
        Assert.Equal(Implementation.Pending, pledge.Implementation);
        Assert.False(pledge.InForce);
        Assert.Equal(1, signed.Domain("border")!.Score.Median!.Value, 6);
    }

    [Fact]
    public void Assess_InForceLongEnoughAndPracticeShort_Unfulfilled()
    {
        var a = AssessIn(WithPractice("simplified", "2018"), Place(), asOf: "2018-06-30", basis: Basis.Commitments);
        Assert.Equal(Implementation.Unfulfilled, Assert.Single(a.PledgeResults).Implementation);
    }

    [Fact]
    public void Assess_InForceWithinTheGraceYear_Pending()
    {
        var a = AssessIn(WithPractice("simplified", "2016-06"), Place(), asOf: "2016-06-30", basis: Basis.Commitments);
        Assert.Equal(Implementation.Pending, Assert.Single(a.PledgeResults).Implementation);
    }

    [Fact]
    public void Assess_PracticeMeetsThePledge_Implemented()
    {
        var a = AssessIn(WithPractice("abolished", "2018"), Place(), asOf: "2018-06-30", basis: Basis.Commitments);
        Assert.Equal(Implementation.Implemented, Assert.Single(a.PledgeResults).Implementation);
    }
}
