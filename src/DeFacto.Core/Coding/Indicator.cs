namespace DeFacto.Core.Coding;

/// <summary>One question of the codebook, with how its answers map to a 0–1 integration score.</summary>
public sealed record Indicator
{
    public required string Id { get; init; }

    public required string Domain { get; init; }

    public required string Question { get; init; }

    public required Scale Scale { get; init; }

    public required IndicatorRole Role { get; init; }

    public string? Unit { get; init; }

    public IReadOnlyList<Anchor> Anchors { get; init; } = [];

    public Goalposts? Goalposts { get; init; }

    /// <summary>Lowest and highest value the scale admits (a share runs 0–100).</summary>
    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double Weight { get; init; } = 1;

    public string Guidance { get; init; } = "";

    public IReadOnlyList<string> CueTerms { get; init; } = [];

    public Derivation? Derivation { get; init; }

    /// <summary>For status indicators: the category that formal annexation would bring.</summary>
    public string? AnnexationValue { get; init; }

    /// <summary>For a numeric indicator: who holds the function when its score lies in the lower, middle
    /// and upper third of 0–1 (a patron share of 10% names the territory, of 90% the patron).</summary>
    public IReadOnlyList<Holder> Holders { get; init; } = [];

    /// <summary>Who holds the function at a score, for numeric indicators.</summary>
    public Holder HolderAtScore(double score) => Holders.Count != 3 || double.IsNaN(score)
        ? Holder.Unknown
        : Holders[score < 1.0 / 3 ? 0 : score <= 2.0 / 3 ? 1 : 2];

    public bool IsNumeric => Scale is Scale.Share or Scale.Count or Scale.Ratio;

    public Anchor? FindAnchor(string category) =>
        Anchors.FirstOrDefault(a => string.Equals(a.Id, Normalise(category), StringComparison.Ordinal));

    /// <summary>The next anchor below one, by score: where a doubtful category falls back to.</summary>
    public Anchor? AnchorBelow(Anchor anchor) =>
        Anchors.Where(a => a.Score is not null && a.Score < anchor.Score).MaxBy(a => a.Score);

    public static string Normalise(string category) =>
        category.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
}
