using System.Globalization;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Tests.Readers;

namespace DeFacto.Exports.Tests.Formats;

/// <summary>Opens the workbook as a zip and reads the sheet XML directly, then compares with the assessments.</summary>
public sealed class XlsxExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private Dictionary<string, List<object?[]>> Sheets() => XlsxSheets.Read(fixture.PathOf(ExportFormat.Xlsx, Exporter.WorkbookFile));

    [Fact]
    public void Workbook_HasOneSheetPerTable_WithItsHeader()
    {
        var sheets = Sheets();

        var tables = fixture.Set.AllTables(ExportFixture.Info);
        Assert.Equal(tables.Select(t => t.Name), sheets.Keys);
        Assert.Contains("variables", sheets.Keys);
        Assert.Contains("cite", sheets.Keys);
        foreach (var table in tables)
        {
            Assert.Equal(table.Columns.Select(c => (object?)c.Name), sheets[table.Name][0]);
            Assert.Equal(table.Rows.Count + 1, sheets[table.Name].Count);
        }
    }

    [Fact]
    public void PanelSheet_EqualsTheAssessments()
    {
        var rows = Sheets()["panel"];
        var header = rows[0].Select(h => (string)h!).ToList();

        foreach (var row in rows.Skip(1))
        {
            object? Cell(string column) => header.IndexOf(column) is var k && k < row.Length
                ? row[k] is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : row[k]
                : null;
            var a = Expected.Assess(fixture.Dataset, (string)Cell("territory")!, (int)(double)Cell("year")!, (string)Cell("basis")!, TestData.Today);
            foreach (var (column, expected) in Expected.Cells(a))
            {
                Assert.True(Equals(expected, Cell(column)), $"{Cell("territory")} {Cell("year")} {Cell("basis")} {column}: expected {expected}, got {Cell(column)}");
            }
        }
    }

    [Fact]
    public void ObservationsSheet_KeepsTextAndNumbers()
    {
        var rows = Sheets()["observations"];
        var header = rows[0].Select(h => (string)h!).ToList();
        var row = rows.Single(r => Equals(r[0], "alpha-passports-2010"));

        Assert.Equal(60.0, row[header.IndexOf("value")]);
        Assert.Equal(fixture.Dataset.Ledger.Observations.Single(o => o.Id == "alpha-passports-2010").Note, row[header.IndexOf("note")]);
        Assert.Equal(new DateOnly(2010, 1, 1), row[header.IndexOf("as_of_start")]);
        Assert.Equal("2010", row[header.IndexOf("as_of_text")]);
        Assert.Equal(0.8, Convert.ToDouble(row[header.IndexOf("confidence")], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DateColumns_AreDateCells_InEverySheet()
    {
        var sheets = Sheets();
        foreach (var table in fixture.Set.AllTables(ExportFixture.Info))
        {
            foreach (var (column, c) in table.Columns.Select((col, i) => (col, i)).Where(x => x.col.Type == Exports.Tables.ColumnType.Date))
            {
                var cells = sheets[table.Name].Skip(1).Select(r => c < r.Length ? r[c] : null).Where(v => v is not null).ToList();
                Assert.All(cells, v => Assert.IsType<DateOnly>(v));
                Assert.Equal(table.Rows.Count(r => r[c] is not null), cells.Count);
            }
        }
    }
}
