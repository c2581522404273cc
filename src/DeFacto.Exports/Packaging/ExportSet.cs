using DeFacto.Exports.Panel;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Packaging;

/// <summary>Everything an export writes, built once from a dataset and its panel and then written in any format.</summary>
public sealed record ExportSet(Dataset.Dataset Dataset, TerritoryPanel Panel, IReadOnlyList<Table> Tables)
{
    public static ExportSet Create(Dataset.Dataset dataset, TerritoryPanel panel)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(panel);
        Table[] tables =
        [
            PanelTable.Build(panel, dataset.Codebook),
            ObservationTable.Build(dataset),
            EventTable.Build(dataset),
            SourceTable.Build(dataset),
            TerritoryTable.Build(dataset.Registry),
            IndicatorTable.Build(dataset.Codebook),
            AnchorTable.Build(dataset.Codebook),
        ];
        return new ExportSet(dataset, panel, tables);
    }

    public Table Table(string name) => Tables.First(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
