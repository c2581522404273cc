using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Tests.Research;

/// <summary>What a researcher joining, pivoting and typing the tables relies on.</summary>
public sealed class ResearchTableTests(RealDataExport export) : IClassFixture<RealDataExport>
{
    private Table Table(string name) => export.Set.AllTables(RealDataExport.Info).Single(t => t.Name == name);

    private static object? Cell(Table table, object?[] row, string column) => row[table.IndexOf(column)];

    [Fact]
    public void WidePanel_HasOneRowPerTerritoryYear_WithBothBasesOfTheLongPanel()
    {
        var wide = Table(PanelWideTable.Name);
        var longPanel = Table(PanelTable.Name);

        Assert.Equal(longPanel.Rows.Count, wide.Rows.Count * 2);
        Assert.Equal(wide.Rows.Count, wide.Rows.Select(r => (Cell(wide, r, "territory"), Cell(wide, r, "year"))).Distinct().Count());
        foreach (var row in longPanel.Rows)
        {
            var prefix = (string)Cell(longPanel, row, "basis")! == "practice" ? "pr_" : "cm_";
            var match = wide.Rows.Single(w => Equals(Cell(wide, w, "territory"), Cell(longPanel, row, "territory")) && Equals(Cell(wide, w, "year"), Cell(longPanel, row, "year")));
            foreach (var column in longPanel.Columns.Select(c => c.Name).Where(c => c != "basis"))
            {
                var wideName = PanelTable.TerritoryYearColumns.Contains(column) ? column : prefix + column;
                Assert.Equal(Cell(longPanel, row, column), Cell(wide, match, wideName));
            }
        }
    }

    [Fact]
    public void EveryColumnName_FitsStataAndCollidesWithNoReaderName()
    {
        foreach (var table in export.Set.AllTables(RealDataExport.Info))
        {
            Assert.All(table.Columns, c => Assert.True(c.Name.Length <= 32 && System.Text.RegularExpressions.Regex.IsMatch(c.Name, "^[a-z][a-z0-9_]*$"), $"{table.Name}.{c.Name}"));
            Assert.DoesNotContain(table.Columns, c => c.Name is "date" or "index" or "datetime" or "modified");
        }
    }

    [Fact]
    public void ForeignKeys_AreDeclaredForEveryReferenceAndResolve()
    {
        var tables = export.Set.AllTables(RealDataExport.Info).ToDictionary(t => t.Name);
        Assert.Contains(tables["events"].ForeignKeys, f => f is { Field: "treaty", Table: "treaties", ReferenceField: "treaty_id" });
        Assert.Contains(tables["events"].ForeignKeys, f => f is { Field: "territory", Table: "territories" });
        Assert.Contains(tables["observations"].ForeignKeys, f => f is { Field: "provision", Table: "provisions", ReferenceField: "provision_id" });
        Assert.Contains(tables["provisions"].ForeignKeys, f => f is { Field: "treaty_id", Table: "treaties" });
        foreach (var table in tables.Values)
        {
            foreach (var fk in table.ForeignKeys)
            {
                var target = tables[fk.Table];
                var keys = target.Cells(target.IndexOf(fk.ReferenceField)).ToHashSet();
                var values = table.Cells(table.IndexOf(fk.Field)).Where(v => v is not null).ToList();
                Assert.All(values, v => Assert.Contains(v, keys));
            }
        }

        Assert.Contains(tables["events"].Cells(tables["events"].IndexOf("treaty")), v => v is not null);
        Assert.Contains(tables["observations"].Cells(tables["observations"].IndexOf("provision")), v => v is not null);
    }

    [Fact]
    public void Territories_CarryNumericIdsAndTheCodesOfParentAndPatron()
    {
        var territories = Table(TerritoryTable.Name);
        var ids = territories.Cells(territories.IndexOf("territory_num")).ToList();
        Assert.All(ids, id => Assert.IsType<long>(id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var column in new[] { "parent_iso3", "parent_cow", "parent_gw", "parent_vdem", "patron_iso3", "patron_cow", "patron_gw", "patron_vdem" })
        {
            Assert.All(territories.Cells(territories.IndexOf(column)), v => Assert.NotNull(v));
        }

        var southOssetia = territories.Rows.Single(r => Equals(Cell(territories, r, "territory_id"), "south-ossetia"));
        Assert.Equal("GEO", Cell(territories, southOssetia, "parent_iso3"));
        Assert.Equal(372L, Cell(territories, southOssetia, "parent_cow"));
        Assert.Equal("RUS", Cell(territories, southOssetia, "patron_iso3"));
        Assert.Equal(11L, Cell(territories, southOssetia, "patron_vdem"));
    }

    [Fact]
    public void Panel_SaysWhetherTheTerritoryExisted()
    {
        var panel = Table(PanelTable.Name);
        var karabakh2024 = panel.Rows.Where(r => Equals(Cell(panel, r, "territory"), "nagorno-karabakh") && Equals(Cell(panel, r, "year"), 2024L)).ToList();
        var karabakh2023 = panel.Rows.Where(r => Equals(Cell(panel, r, "territory"), "nagorno-karabakh") && Equals(Cell(panel, r, "year"), 2023L)).ToList();

        Assert.All(karabakh2024, r => Assert.Equal(false, Cell(panel, r, "exists")));
        Assert.All(karabakh2023, r => Assert.Equal(true, Cell(panel, r, "exists")));
        Assert.NotEmpty(karabakh2024);
    }

    [Fact]
    public void VersionCells_AreTextThatNoReaderTakesForANumber()
    {
        foreach (var table in export.Set.AllTables(RealDataExport.Info))
        {
            foreach (var c in table.Columns.Where(c => c.Name.EndsWith("version", StringComparison.Ordinal)))
            {
                Assert.Equal(ColumnType.Text, c.Type);
                Assert.All(table.Cells(table.IndexOf(c.Name)), v => Assert.False(double.TryParse((string)v!, System.Globalization.CultureInfo.InvariantCulture, out _), $"{table.Name}.{c.Name} '{v}' reads as a number"));
            }
        }
    }

    [Fact]
    public void VariablesTable_DescribesEveryColumnOfEveryTable()
    {
        var tables = export.Set.AllTables(RealDataExport.Info);
        var variables = tables.Single(t => t.Name == VariablesTable.Name);
        var described = variables.Rows.Select(r => ((string)r[0]!, (string)r[1]!)).ToHashSet();

        Assert.Equal(tables.Sum(t => t.Columns.Count), described.Count);
        Assert.All(tables.SelectMany(t => t.Columns.Select(c => (t.Name, c.Name))), x => Assert.Contains(x, described));
        Assert.All(variables.Cells(variables.IndexOf("description")), d => Assert.False(string.IsNullOrWhiteSpace((string?)d)));
    }

    [Fact]
    public void Sources_CarryTheirAccessDate_AsARealDate()
    {
        var sources = Table(SourceTable.Name);

        Assert.Equal(ColumnType.Date, sources.Columns[sources.IndexOf("accessed")].Type);
        Assert.All(sources.Cells(sources.IndexOf("accessed")), v => Assert.IsType<DateOnly>(v));
        var fiia = sources.Rows.Single(r => Equals(Cell(sources, r, "source_id"), "fiia-comment-9-2015"));
        Assert.Equal(export.Dataset.Ledger.FindSource("fiia-comment-9-2015")!.Accessed, Cell(sources, fiia, "accessed"));
    }
}
