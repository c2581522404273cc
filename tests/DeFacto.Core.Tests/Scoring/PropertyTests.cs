using CsCheck;
using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using static DeFacto.Core.Tests.Fixture;

namespace DeFacto.Core.Tests.Scoring;

/// <summary>Invariants over generated evidence: scores stay in 0..1, more of the patron never lowers the index, a seed fixes the result.</summary>
public sealed class PropertyTests
{
    private static readonly string[] Categorical =
        ["citizenship.patron_naturalisation", "finance.currency", "security.line_control", "government.patron_officials", "border.patron_crossing_regime", "welfare.patron_social_insurance", "education.patron_curriculum"];

    private static readonly string[] Qualifiers = ["official", "estimate", "approximate", "claimed", "disputed"];

    private static readonly Gen<Observation[]> Evidence =
        Gen.Select(
            Gen.Double[0, 100],
            Gen.Double[0, 100],
            Gen.Int[0, Qualifiers.Length],
            Gen.Int[0, 3].Array[Categorical.Length],
            Gen.Bool.Array[Categorical.Length],
            (passport, budget, q, anchors, present) =>
            {
                var list = new List<Observation>
                {
                    Share("citizenship.patron_passport_share", passport, q == Qualifiers.Length ? null : Qualifiers[q]),
                    Share("finance.patron_budget_share", budget, "estimate"),
                };
                for (var i = 0; i < Categorical.Length; i++)
                {
                    if (present[i])
                    {
                        var indicator = Codebook.FindIndicator(Categorical[i])!;
                        var anchor = indicator.Anchors[anchors[i] % indicator.Anchors.Count];
                        list.Add(Category(Categorical[i], anchor.Id));
                    }
                }

                return list.ToArray();
            });

    [Fact]
    public void Assess_AnyEvidence_EveryScoreWithinZeroAndOne() =>
        Evidence.Sample(obs =>
        {
            var a = Assess(Ledger(obs), draws: 200);
            var summaries = a.Domains.Select(d => d.Score).Concat(a.Indicators.Select(i => i.Score)).Append(a.Index).Where(s => s.HasValue);
            return summaries.All(s => s.Low >= 0 && s.High <= 1 && s.Low <= s.Median && s.Median <= s.High)
                && Math.Abs(a.StageProbabilities.Values.Sum() - 1) < 1e-9;
        }, iter: 60);

    [Fact]
    public void Assess_RaisingAShare_NeverLowersTheIndex() =>
        Gen.Select(Evidence, Gen.Double[0, 30]).Sample((obs, raise) =>
        {
            var raised = obs.Select(o => o.Indicator == "finance.patron_budget_share"
                ? o with { Value = ObservedValue.OfPoint(Math.Min(100, o.Value.Point!.Value + raise)) }
                : o).ToArray();
            var before = Assess(Ledger(obs), draws: 300, seed: 11);
            var after = Assess(Ledger(raised), draws: 300, seed: 11);
            return after.Index.Median >= before.Index.Median - 1e-9;
        }, iter: 40);

    [Fact]
    public void Assess_SameSeed_SameResult() =>
        Evidence.Sample(obs =>
        {
            var a = Assess(Ledger(obs), draws: 300, seed: 99);
            var b = Assess(Ledger(obs), draws: 300, seed: 99);
            return a.Index == b.Index && a.Stage == b.Stage && a.Verdict.Reason == b.Verdict.Reason && a.Verdict.Alternatives.SequenceEqual(b.Verdict.Alternatives)
                && Names.Stages.All(s => a.ProbabilityOf(s) == b.ProbabilityOf(s))
                && a.Domains.Select(d => d.Score).SequenceEqual(b.Domains.Select(d => d.Score));
        }, iter: 30);

    // Removing one domain's evidence replaces it by the prior. The generator's categories have at least
    // three score levels, so doubt moves them to a neighbour, never from 0 to 1: evidence is then never
    // more spread than the uniform prior. (A binary category coded "disputed" can be: a 60/40 coin flip
    // between 0 and 1 is wider than the prior, and the property is about evidence that informs.)
    [Fact]
    public void Assess_RemovingADomainsEvidence_NeverNarrowsTheIndexInterval() =>
        Gen.Select(Evidence, Gen.Int[0, 6]).Sample((obs, pick) =>
        {
            var domains = obs.Select(o => Codebook.FindIndicator(o.Indicator)!.Domain).Distinct().ToList();
            var domain = domains[pick % domains.Count];
            var removed = obs.Where(o => Codebook.FindIndicator(o.Indicator)!.Domain != domain).ToArray();
            var before = Assess(Ledger(obs), draws: 1000, seed: 5).Index;
            var after = Assess(Ledger(removed), draws: 1000, seed: 5).Index;
            return after.High - after.Low >= before.High - before.Low - 0.01;
        }, iter: 40);

    [Fact]
    public void Assess_IntervalAndPointWithTheSameCentre_SameMedian() =>
        Gen.Select(Gen.Double[10, 90], Gen.Double[1, 10]).Sample((centre, half) =>
        {
            var point = Assess(Ledger(Obs("citizenship.patron_passport_share", ObservedValue.OfPoint(centre), qualifier: "official")), draws: 2000, seed: 3);
            var interval = Assess(Ledger(Obs("citizenship.patron_passport_share", ObservedValue.OfInterval(centre - half, centre + half))), draws: 2000, seed: 3);
            double Median(Assessment a) => a.Indicators.Single(i => i.Indicator.Id == "citizenship.patron_passport_share").Score.Median!.Value;
            return Math.Abs(Median(point) - Median(interval)) < 0.01 && Math.Abs(point.Index.Median!.Value - interval.Index.Median!.Value) < 0.01;
        }, iter: 25);

    [Fact]
    public void Assess_DifferentSeed_DrawsDiffer()
    {
        var a = Assess(Ledger(SeedLike()), draws: 300, seed: 1);
        var b = Assess(Ledger(SeedLike()), draws: 300, seed: 2);
        Assert.NotEqual(a.Indicators.First(i => i.Indicator.Id == "citizenship.patron_passport_share").Score,
            b.Indicators.First(i => i.Indicator.Id == "citizenship.patron_passport_share").Score);
    }
}
