using System.Globalization;
using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Tests;

/// <summary>What the panel should hold, computed in the test straight from the core's Assessor.</summary>
internal static class Expected
{
    public static Assessment Assess(Core.Dataset dataset, string territory, int year, string basis, DateOnly today) =>
        new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry).Assess(new AssessmentRequest(
            territory,
            year == today.Year ? today : new DateOnly(year, 12, 31),
            basis == "practice" ? Basis.Practice : Basis.Commitments,
            dataset.Codebook.DefaultDraws,
            dataset.Codebook.DefaultSeed));

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    /// <summary>The panel's cells for an assessment, by column, as numbers or strings (null = missing).</summary>
    public static Dictionary<string, object?> Cells(Assessment a)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["defacto_index"] = Round(a.Index.Median),
            ["defacto_index_low"] = Round(a.Index.Low),
            ["defacto_index_high"] = Round(a.Index.High),
            ["stage"] = a.Stage is { } s ? Names.Of(s) : null,
            ["coverage_evidenced"] = (double)a.Evidenced,
            ["coverage_total"] = (double)a.DomainCount,
            ["as_of"] = a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var stage in Names.Stages)
        {
            cells["p_" + Names.Of(stage).Replace('-', '_')] = a.Stage is null ? null : Round(a.ProbabilityOf(stage));
        }

        foreach (var d in a.Domains)
        {
            // A domain without evidence is drawn from the prior; the panel leaves its cells empty.
            cells[d.Domain.Id + "_score"] = d.Evidenced ? Round(d.Score.Median) : null;
            cells[d.Domain.Id + "_low"] = d.Evidenced ? Round(d.Score.Low) : null;
            cells[d.Domain.Id + "_high"] = d.Evidenced ? Round(d.Score.High) : null;
        }

        return cells;
    }

    /// <summary>Compares an exported cell read back as text with the expected value.</summary>
    public static void Same(object? expected, string actual, string what)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual.Length == 0, $"{what}: expected empty, got '{actual}'");
                break;
            case double d:
                Assert.True(double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var x), $"{what}: '{actual}' is not a number");
                Assert.True(d == x, $"{what}: expected {d}, got {x}");
                break;
            default:
                Assert.Equal(expected.ToString(), actual);
                break;
        }
    }
}
