using DeFacto.Exports.Formats;
using Parquet;
using Parquet.Schema;

namespace DeFacto.Exports.Tests.Formats;

/// <summary>Reads the Parquet files back with Parquet.Net's low-level column reader and compares with the assessments.</summary>
public sealed class ParquetExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static async Task<Dictionary<string, Array>> ReadColumns(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.GetDataFields())
        {
            columns[field.Name] = field.ClrType switch
            {
                var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => await ReadStrings(group, field, n),
                var t when t == typeof(long) => await ReadValues<long>(group, field, n),
                var t when t == typeof(double) => await ReadValues<double>(group, field, n),
                var t when t == typeof(bool) => await ReadValues<bool>(group, field, n),
                var t when t == typeof(DateOnly) => await ReadValues<DateOnly>(group, field, n),
                var t => throw new InvalidOperationException($"unexpected column type {t} for {field.Name}"),
            };
        }

        return columns;
    }

    private static async Task<T?[]> ReadValues<T>(ParquetRowGroupReader group, DataField field, int n)
        where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync<T>(field, values.AsMemory(), null, TestContext.Current.CancellationToken);
        return values;
    }

    private static async Task<string?[]> ReadStrings(ParquetRowGroupReader group, DataField field, int n)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory(), null, TestContext.Current.CancellationToken);
        return values;
    }

    [Fact]
    public async Task Panel_ReadWithTheLowLevelReader_EqualsTheAssessments()
    {
        var c = await ReadColumns(fixture.PathOf(ExportFormat.Parquet, "panel.parquet"));

        var territories = (string?[])c["territory"];
        var years = (long?[])c["year"];
        var bases = (string?[])c["basis"];
        Assert.Equal(fixture.Panel.Rows.Count, territories.Length);
        for (var i = 0; i < territories.Length; i++)
        {
            var a = Expected.Assess(fixture.Dataset, territories[i]!, (int)years[i]!.Value, bases[i]!, TestData.Today);
            foreach (var (column, expected) in Expected.Cells(a))
            {
                object? actual = c[column] switch
                {
                    double?[] d => d[i],
                    long?[] l => l[i] is { } v ? (double)v : null,
                    string?[] s => s[i],
                    DateOnly?[] dates => dates[i]?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    _ => throw new InvalidOperationException(column),
                };
                Assert.True(Equals(expected, actual), $"{territories[i]} {years[i]} {bases[i]} {column}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public async Task Observations_TypesAndMissingValues_Survive()
    {
        var c = await ReadColumns(fixture.PathOf(ExportFormat.Parquet, "observations.parquet"));

        var ids = (string?[])c["observation_id"];
        var i = Array.IndexOf(ids, "alpha-passports-2012");
        var j = Array.IndexOf(ids, "alpha-currency-2010");
        Assert.Equal(90.0, ((double?[])c["value"])[i]);
        Assert.Null(((double?[])c["value"])[j]);
        Assert.Equal("dual", ((string?[])c["category"])[j]);
        Assert.Null(((string?[])c["qualifier"])[j]);
        Assert.Equal(new DateOnly(2012, 3, 31), ((DateOnly?[])c["as_of_end"])[i]);
        Assert.Equal(0.7, ((double?[])c["confidence"])[i]);
        Assert.Equal(fixture.Dataset.Ledger.Observations.Single(o => o.Id == "alpha-passports-2010").Note,
            ((string?[])c["note"])[Array.IndexOf(ids, "alpha-passports-2010")]);
    }

    [Fact]
    public async Task EveryTable_HasTheColumnsOfItsTable()
    {
        foreach (var table in fixture.Set.Tables)
        {
            var c = await ReadColumns(fixture.PathOf(ExportFormat.Parquet, table.Name + ".parquet"));
            Assert.Equal(table.Columns.Select(x => x.Name), c.Keys);
            Assert.All(c.Values, v => Assert.Equal(table.Rows.Count, v.Length));
        }
    }
}
