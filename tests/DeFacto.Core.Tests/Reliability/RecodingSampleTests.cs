using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;

namespace DeFacto.Core.Tests.Reliability;

public sealed class RecodingSampleTests
{
    private static readonly Observation[] Population =
        Enumerable.Range(0, 60).Select(i => Fixture.Share("finance.patron_budget_share", i) with { Id = $"a-{i:00}", Territory = "a" })
            .Concat(Enumerable.Range(0, 30).Select(i => Fixture.Share("finance.patron_budget_share", i) with { Id = $"b-{i:00}", Territory = "b" }))
            .Concat(Enumerable.Range(0, 3).Select(i => Fixture.Share("finance.patron_budget_share", i) with { Id = $"c-{i:00}", Territory = "c" }))
            .ToArray();

    [Fact]
    public void Draw_SameSeed_SameSample_OtherSeed_Differs()
    {
        var one = RecodingSample.Draw(Population, o => o.Territory, 20, 7).Select(o => o.Id).ToList();
        var again = RecodingSample.Draw(Population.Reverse(), o => o.Territory, 20, 7).Select(o => o.Id).ToList();
        var other = RecodingSample.Draw(Population, o => o.Territory, 20, 8).Select(o => o.Id).ToList();

        Assert.Equal(one, again);
        Assert.NotEqual(one, other);
        Assert.Equal(20, one.Distinct().Count());
    }

    [Fact]
    public void Draw_SmallStratum_IsStillRepresented()
    {
        var drawn = RecodingSample.Draw(Population, o => o.Territory, 10, 1);

        Assert.Equal(10, drawn.Count);
        Assert.Contains(drawn, o => o.Territory == "c");
        Assert.True(drawn.Count(o => o.Territory == "a") > drawn.Count(o => o.Territory == "b"));
    }

    [Theory]
    [InlineData(new[] { 60, 30, 3 }, 10, new[] { 6, 3, 1 })]
    [InlineData(new[] { 5, 5 }, 20, new[] { 5, 5 })]
    [InlineData(new[] { 10, 10, 10 }, 2, new[] { 1, 1, 0 })]
    public void Allocate_SharesBySize_AndSumsToTheSize(int[] sizes, int size, int[] expected)
    {
        var quotas = RecodingSample.Allocate(sizes, size);

        Assert.Equal(expected, quotas);
        Assert.Equal(Math.Min(size, sizes.Sum()), quotas.Sum());
    }
}
