using System.Globalization;
using DeFacto.Core.Coding;

namespace DeFacto.Exports.Tables;

/// <summary>The codebook's indicators, one row each, with the mapping from values to scores.</summary>
public static class IndicatorTable
{
    public const string Name = "indicators";

    public static Table Build(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return new TableSpec<Indicator>(Name, $"Codebook v{codebook.Version}: indicators", "What each indicator asks, its scale and how a value maps to a 0–1 score (data/codebook.yaml).")
            .Text("indicator_id", "Indicator id, stable: added, never renamed", i => i.Id)
            .Text("domain", "Domain id", i => i.Domain)
            .Text("domain_label", "Domain name", i => codebook.FindDomain(i.Domain)?.Label)
            .Boolean("functional", "True when the domain is averaged into the de facto index", i => codebook.FindDomain(i.Domain)?.Functional)
            .Text("question", "What the indicator asks", i => i.Question)
            .Text("scale", "share, count, ratio, ordinal, binary or category", i => i.Scale.ToString().ToLowerInvariant())
            .Text("role", "scored, derived (computed from other indicators), auxiliary (feeds a derived one) or status (de jure, never scored)", i => i.Role.ToString().ToLowerInvariant())
            .Text("unit", "Unit of numeric values", i => i.Unit)
            .Number("minimum", "Lowest value the scale admits", i => i.Minimum)
            .Number("maximum", "Highest value the scale admits", i => i.Maximum)
            .Number("goalpost_min", "Value that scores 0 (numeric indicators)", i => i.Goalposts?.Min)
            .Number("goalpost_max", "Value that scores 1 (numeric indicators)", i => i.Goalposts?.Max)
            .Text("anchors", "Categories and their scores, in order (see the anchors table)", i => Cells.List(i.Anchors.Select(Anchor).ToList(), "; "))
            .Number("weight", "Weight within the domain", i => i.Weight)
            .Number("domain_weight", "Weight of the domain in the index", i => codebook.FindDomain(i.Domain)?.Weight)
            .Text("derivation", "Formula of a derived indicator", i => i.Derivation is { } d ? Formula(d) : null)
            .Text("annexation_value", "For status indicators: the category formal annexation brings", i => i.AnnexationValue)
            .Text("guidance", "Coding guidance", i => i.Guidance.Length == 0 ? null : i.Guidance)
            .Text("cue_terms", "Terms extraction looks for, separated by ' | '", i => Cells.List(i.CueTerms))
            .Text("codebook_version", "Codebook version, as text with a leading v (e.g. v1.0) so that no reader turns it into a number", _ => Versions.Codebook(codebook))
            .Key("indicator_id")
            .Build(codebook.Indicators);
    }

    private static string Anchor(Anchor a) =>
        a.Score is { } s ? string.Create(CultureInfo.InvariantCulture, $"{a.Id}={s:0.###}") : a.Id;

    private static string Formula(Derivation d)
    {
        var numerator = string.Join(" + ", d.Numerator);
        var denominator = string.Join(" + ", d.NumeratorInDenominator ? d.Denominator.Concat(d.Numerator).Distinct(StringComparer.Ordinal) : d.Denominator);
        return $"({numerator}) / ({denominator})";
    }
}
