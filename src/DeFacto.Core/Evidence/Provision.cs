namespace DeFacto.Core.Evidence;

/// <summary>A treaty article coded against the codebook: what it commits to, and how strongly.</summary>
public sealed record Provision
{
    public required string Id { get; init; }

    public string? Article { get; init; }

    public required string Territory { get; init; }

    public required string Indicator { get; init; }

    public required ObservedValue Value { get; init; }

    public string? Unit { get; init; }

    public required string Obligation { get; init; }

    public required string Source { get; init; }

    public required string Locator { get; init; }

    public string? Quote { get; init; }

    public string? Note { get; init; }
}
