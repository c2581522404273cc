using DeFacto.Analysis.Answers;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Arguments;

/// <summary>in-force (the default: pledges count from a treaty's entry into force) or signed (from its signature).</summary>
public static class PledgesArgument
{
    public static Outcome<PledgeCounting> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Of(PledgeCounting.FromEntryIntoForce);
        }

        return Names.ParsePledges(text) is { } pledges
            ? Outcomes.Of(pledges)
            : Outcomes.Fail<PledgeCounting>(Problem.Invalid("pledges", $"'{text}' is not a way to count pledges; use in-force (from entry into force) or signed (from signature)"));
    }
}
