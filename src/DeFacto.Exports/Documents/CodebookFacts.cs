using System.Globalization;
using DeFacto.Core.Coding;

namespace DeFacto.Exports.Documents;

/// <summary>The sentences both codebook documents print, so the Markdown and the HTML say the same thing.</summary>
internal static class CodebookFacts
{
    public static string Title(Codebook c) => $"DeFacto codebook v{c.Version}";

    public static string Intro(Codebook c) =>
        $"{c.Indicators.Count} indicators in {c.Domains.Count} domains, generated from data/codebook.yaml. " +
        "Each indicator's answer maps to an integration score from 0 (the territory or its parent state holds the function) " +
        "to 1 (the patron state holds it). The functional domains' weighted mean is the de facto index; " +
        "de jure status is reported beside it and never averaged in.";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Scale(Indicator i) => i.Scale.ToString().ToLowerInvariant();

    public static string Role(Indicator i) => i.Role.ToString().ToLowerInvariant();

    public static string? Range(Indicator i) => i.Minimum is null && i.Maximum is null
        ? null
        : $"{(i.Minimum is { } lo ? Number(lo) : "—")} to {(i.Maximum is { } hi ? Number(hi) : "no upper bound")}";

    public static string? Mapping(Indicator i) => i.Goalposts is { } g
        ? $"goalposts: {Number(g.Min)} {i.Unit} scores 0, {Number(g.Max)} {i.Unit} or more scores 1, linear between"
        : i.Role == IndicatorRole.Auxiliary ? "not scored: feeds a derived indicator" : null;

    public static string? Derivation(Indicator i) => i.Derivation is { } d
        ? $"({string.Join(" + ", d.Numerator)}) ÷ ({string.Join(" + ", d.NumeratorInDenominator ? d.Denominator.Concat(d.Numerator).Distinct(StringComparer.Ordinal) : d.Denominator)})"
        : null;

    public static IReadOnlyList<(string Stage, string Rule)> Stages(Codebook c)
    {
        var t = c.Thresholds;
        return
        [
            ("sovereign", $"index < {Number(t.Patronage)}"),
            ("patronage", $"{Number(t.Patronage)} ≤ index < {Number(t.Integration)}"),
            ("integration", $"index ≥ {Number(t.Integration)}, not yet de facto annexation"),
            ("de-facto-annexation", $"index ≥ {Number(t.DeFactoIndex)}, every evidenced functional domain ≥ {Number(t.DeFactoDomainMinimum)}, at least {t.DeFactoMinimumDomains} domains evidenced, no formal incorporation"),
            ("de-jure-annexation", "status.formal_incorporation = yes"),
        ];
    }

    public static string MonteCarlo(Codebook c) =>
        $"Monte Carlo: {c.DefaultDraws} draws, seed {c.DefaultSeed}; scores are medians with 90% intervals. " +
        $"Evidence more than {c.StaleAfterYears} years older than the assessment date is flagged stale.";
}
