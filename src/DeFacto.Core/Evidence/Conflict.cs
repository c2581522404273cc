using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>Two records that disagree. Both stay in the ledger; the conflict is shown, never resolved silently.</summary>
public sealed record Conflict(string Territory, string Subject, PartialDate Earliest, string FirstId, string FirstSays, string SecondId, string SecondSays)
{
    public string Describe() => $"{Subject}: {FirstId} says {FirstSays}, {SecondId} says {SecondSays}";
}
