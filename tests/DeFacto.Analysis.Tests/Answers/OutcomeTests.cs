using DeFacto.Analysis.Answers;
using DeFacto.Core.Time;

namespace DeFacto.Analysis.Tests.Answers;

public sealed class OutcomeTests
{
    [Fact]
    public void Value_Failed_ThrowsWithTheReason()
    {
        var failed = Outcomes.Fail<int>(Problem.Invalid("from", "not a year"));

        var e = Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Contains("not a year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Then_Failed_CarriesTheProblemsWithoutCallingTheNextStep()
    {
        var called = false;
        var next = Outcomes.Fail<int>(Problem.Invalid(null, "no")).Then(x =>
        {
            called = true;
            return Outcomes.Of(x + 1);
        });

        Assert.False(called);
        Assert.Equal("no", Assert.Single(next.Problems).Message);
    }

    [Fact]
    public void ParseResult_Failed_ValueThrowsAndTryGetValueSaysNo()
    {
        var parsed = PartialDate.Parse("2015-13");

        Assert.Throws<InvalidOperationException>(() => parsed.Value);
        Assert.False(parsed.TryGetValue(out _));
    }
}
