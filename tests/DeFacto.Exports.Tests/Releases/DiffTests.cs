using DeFacto.Exports.Releases;

namespace DeFacto.Exports.Tests.Releases;

public sealed class DiffTests
{
    /// <summary>Version 2 corrects the 2012 passport share (90 → 95, now official) and adds a 2014 figure.</summary>
    private static readonly string Corrected = TestData.AlphaEvidence
        .Replace("    value: 90\n    unit: percent\n    qualifier: estimate", "    value: 95\n    unit: percent\n    qualifier: official", StringComparison.Ordinal)
        .Replace("events:", """
              - id: alpha-passports-2014
                indicator: citizenship.patron_passport_share
                value: 97
                unit: percent
                status: in-place
                as_of: 2014-06
                source: report-2012
                locator: "p. 5"
                quote: "97 per cent"
            events:
            """, StringComparison.Ordinal);

    [Fact]
    public void Compare_CorrectedAndAddedObservations_AreListedByIdWithTheFieldsThatChanged()
    {
        using var temp = new TempDir();
        var v1 = ReleaseTests.Release(temp, "1");
        var v2 = ReleaseTests.Release(temp, "2", Corrected);

        var diff = ReleaseComparer.Compare(v1, v2);

        Assert.Empty(diff.Integrity);
        var corrected = Assert.Single(diff.Observations, o => o.Kind == ChangeKind.Changed);
        Assert.Equal("alpha-passports-2012", corrected.Id);
        Assert.Equal(["value", "qualifier"], corrected.Fields);
        Assert.Contains("value 90 → 95", corrected.Describe(), StringComparison.Ordinal);
        Assert.Equal("alpha-passports-2014", Assert.Single(diff.Observations, o => o.Kind == ChangeKind.Added).Id);
    }

    [Fact]
    public void Compare_PanelCells_ChangeOnlyWhereTheEvidenceReaches_AndSayWhy()
    {
        using var temp = new TempDir();
        var v1 = ReleaseTests.Release(temp, "1");
        var v2 = ReleaseTests.Release(temp, "2", Corrected);

        var diff = ReleaseComparer.Compare(v1, v2);

        Assert.NotEmpty(diff.Cells);
        Assert.All(diff.Cells, c => Assert.Equal("alpha-land", c.Territory));
        Assert.All(diff.Cells, c => Assert.True(c.Year >= 2012));
        Assert.DoesNotContain(diff.Cells, c => c.Column.StartsWith("finance_", StringComparison.Ordinal));
        var score2012 = diff.Cells.Single(c => c.Year == 2012 && c.Basis == "practice" && c.Column == "citizenship_score");
        Assert.Contains(score2012.Because, b => b.Contains("alpha-passports-2012", StringComparison.Ordinal));
        Assert.DoesNotContain(score2012.Because, b => b.Contains("alpha-passports-2014", StringComparison.Ordinal));
        var score2015 = diff.Cells.Single(c => c.Year == 2015 && c.Basis == "practice" && c.Column == "citizenship_score");
        Assert.Contains(score2015.Because, b => b.Contains("alpha-passports-2014", StringComparison.Ordinal));
        Assert.Empty(diff.RowsAdded);
        Assert.Empty(diff.RowsRemoved);
    }

    [Fact]
    public void Compare_SameData_ReportsNoChange()
    {
        using var temp = new TempDir();
        var v1 = ReleaseTests.Release(temp, "1");
        var v2 = ReleaseTests.Release(temp, "2");

        var diff = ReleaseComparer.Compare(v1, v2);

        Assert.True(diff.Unchanged);
    }

    [Fact]
    public void Compare_TamperedRelease_IsFlagged()
    {
        using var temp = new TempDir();
        var v1 = ReleaseTests.Release(temp, "1");
        var v2 = ReleaseTests.Release(temp, "2");
        File.AppendAllText(Path.Combine(v2, "data", "territories.yaml"), "\n");

        var diff = ReleaseComparer.Compare(v1, v2);

        Assert.Contains(diff.Integrity, p => p.StartsWith("2: data/territories.yaml", StringComparison.Ordinal));
    }
}
