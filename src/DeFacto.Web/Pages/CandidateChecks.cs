using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Pages;

/// <summary>
/// A reviewer's edit checked against the codebook before anything is written: the indicator exists, the
/// qualifier is one of the codebook's, and a number lies within the indicator's range (a count is not
/// negative, a share lies within 0–100).
/// </summary>
public static class CandidateChecks
{
    public static IReadOnlyList<string> Against(Codebook codebook, NewCandidate fact, CandidateEdit edit)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(edit);
        var problems = new List<string>();
        var qualifier = edit.Qualifier ?? fact.Qualifier;
        if (qualifier is not null && codebook.Qualifiers.All(q => q.Id != qualifier))
        {
            problems.Add($"qualifier: '{qualifier}' is not in the codebook ({string.Join(", ", codebook.Qualifiers.Select(q => q.Id))})");
        }

        var indicatorId = edit.Indicator ?? fact.Indicator;
        if (codebook.FindIndicator(indicatorId) is not { } indicator)
        {
            problems.Add($"indicator: '{indicatorId}' is not in the codebook");
            return problems;
        }

        var value = edit.Value ?? fact.Value;
        foreach (var number in new[] { value.Point, value.Low, value.High }.OfType<double>().Distinct())
        {
            if (indicator.Minimum is { } min && number < min)
            {
                problems.Add($"value: {Show.Number(number)} is below the least {indicator.Id} admits ({Show.Number(min)}{Unit(indicator)})");
            }
            else if (indicator.Maximum is { } max && number > max)
            {
                problems.Add($"value: {Show.Number(number)} is above the most {indicator.Id} admits ({Show.Number(max)}{Unit(indicator)})");
            }
        }

        return problems;
    }

    /// <summary>A candidate's value as people read it: 240,000; 30,000–40,000; a category as it is.</summary>
    public static string Value(ObservedValue value, string? unit)
    {
        var text = value.Category
            ?? (value.Low is { } low && value.High is { } high ? $"{Show.Number(low)}–{Show.Number(high)}" : Show.Number(value.Point));
        return string.IsNullOrEmpty(unit) || value.Category is not null ? text : $"{text} {unit}";
    }

    /// <summary>The value as the edit form takes it back (the same text without the unit).</summary>
    public static string EditValue(ObservedValue value) => Value(value, null);

    private static string Unit(Indicator indicator) => indicator.Unit is { } u ? " " + u : "";
}
