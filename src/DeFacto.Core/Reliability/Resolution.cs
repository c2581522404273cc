using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Core.Reliability;

/// <summary>The value a disagreement was settled on, and why; both codings stay as they were.</summary>
public sealed record Resolution
{
    public required ObservedValue Value { get; init; }

    public required string Reason { get; init; }

    public string? By { get; init; }

    public PartialDate? On { get; init; }
}
