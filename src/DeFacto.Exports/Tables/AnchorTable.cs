using DeFacto.Core.Coding;

namespace DeFacto.Exports.Tables;

/// <summary>The codebook's anchors: every category of an ordinal, binary or categorical indicator and its score.</summary>
public static class AnchorTable
{
    public const string Name = "anchors";

    public static Table Build(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var rows = codebook.Indicators.SelectMany(i => i.Anchors.Select((a, n) => (Indicator: i, Anchor: a, Position: n + 1)));
        return new TableSpec<(Indicator Indicator, Anchor Anchor, int Position)>(Name, $"Codebook v{codebook.Version}: anchors",
                "The categories of each ordinal, binary and categorical indicator, in order, with the 0–1 score each maps to.")
            .Text("indicator_id", "Indicator id (indicators table)", r => r.Indicator.Id)
            .Text("category", "Category as coded in the data files", r => r.Anchor.Id)
            .Integer("position", "Order of the category within the indicator, from 1", r => r.Position)
            .Number("score", "Integration score, 0 to 1 (empty for de jure status categories, which are never scored)", r => r.Anchor.Score)
            .Text("label", "What the category means", r => r.Anchor.Label)
            .Key("indicator_id", "category")
            .References("indicator_id", IndicatorTable.Name, "indicator_id")
            .Build(rows);
    }
}
