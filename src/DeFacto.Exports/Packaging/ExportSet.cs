using DeFacto.Exports.Citations;
using DeFacto.Exports.Panel;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Packaging;

/// <summary>Everything an export writes, built once from a dataset and its panel and then written in any format.</summary>
public sealed record ExportSet(Core.Dataset Dataset, TerritoryPanel Panel, IReadOnlyList<Table> Tables)
{
    public static ExportSet Create(Core.Dataset dataset, TerritoryPanel panel)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(panel);
        var longPanel = PanelTable.Build(panel, dataset);
        Table[] tables =
        [
            longPanel,
            PanelWideTable.Build(longPanel),
            ObservationTable.Build(dataset),
            EventTable.Build(dataset),
            TreatyTable.Build(dataset),
            ProvisionTable.Build(dataset),
            SourceTable.Build(dataset),
            TerritoryTable.Build(dataset.Registry),
            IndicatorTable.Build(dataset.Codebook),
            AnchorTable.Build(dataset.Codebook),
        ];
        return new ExportSet(dataset, panel, tables);
    }

    public Table Table(string name) => Tables.First(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    /// <summary>How to cite this export: the release version from <paramref name="info"/> if any, the codebook, the day.</summary>
    public DatasetCitation Citation(PackageInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new DatasetCitation(info.Version, DatasetCitation.CurrentProgramVersion, Dataset.Codebook.Version, DateOnly.FromDateTime(info.Created.UtcDateTime));
    }

    /// <summary>Every table a folder holds: the data tables, then how to cite them, then the variables of all of them.</summary>
    public IReadOnlyList<Table> AllTables(PackageInfo info)
    {
        var tables = Tables.Append(CiteTable.Build(Citation(info))).ToList();
        tables.Add(VariablesTable.Build(tables));
        return tables;
    }
}
