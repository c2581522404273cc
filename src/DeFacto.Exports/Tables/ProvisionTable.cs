using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Tables;

/// <summary>Coded treaty provisions, one row each: the article, the indicator it bears on, the value it
/// commits to and its obligation strength. Each provision also appears in the observations table as a
/// pledged observation whose <c>provision</c> column names it.</summary>
public static class ProvisionTable
{
    public const string Name = "provisions";

    public static Table Build(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = dataset.Ledger.Treaties.OrderBy(t => t.Id, StringComparer.Ordinal).SelectMany(t => t.Provisions.Select(p => (Treaty: t, Provision: p)));
        return new TableSpec<(Treaty Treaty, Provision Provision)>(Name, "Treaty provisions", "Every coded treaty provision: what it commits to, for which territory and indicator, and how strongly.")
            .Text("provision_id", "Provision id, stable across releases; also the observation_id of the pledged observation it generates", r => r.Provision.Id)
            .Text("treaty_id", "Treaty id (treaties table)", r => r.Treaty.Id)
            .Text("article", "Article of the treaty", r => r.Provision.Article)
            .Text("territory", "Territory id (territories table)", r => r.Provision.Territory)
            .Text("indicator", "Codebook indicator id (indicators table)", r => r.Provision.Indicator)
            .Number("value", "Point value committed to (empty for an interval or a category)", r => r.Provision.Value.Point)
            .Number("value_low", "Lower bound of an interval value", r => r.Provision.Value.Low)
            .Number("value_high", "Upper bound of an interval value", r => r.Provision.Value.High)
            .Text("category", "Category committed to, for ordinal, binary and categorical indicators", r => r.Provision.Value.Category)
            .Text("unit", "Unit of a numeric value", r => r.Provision.Unit)
            .Text("obligation", "Obligation strength: binding, best-effort or aspirational", r => r.Provision.Obligation)
            .Text("source_id", "Source id (sources table)", r => r.Provision.Source)
            .Text("locator", "Where in the source", r => r.Provision.Locator)
            .Text("quote", "Short verbatim phrase", r => r.Provision.Quote)
            .Text("note", "Coder's note", r => r.Provision.Note)
            .Key("provision_id")
            .References("treaty_id", TreatyTable.Name, "treaty_id")
            .References("territory", TerritoryTable.Name, "territory_id")
            .References("indicator", IndicatorTable.Name, "indicator_id")
            .References("source_id", SourceTable.Name, "source_id")
            .Build(rows);
    }
}
