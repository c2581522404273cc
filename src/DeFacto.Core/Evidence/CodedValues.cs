using DeFacto.Core.Coding;
using DeFacto.Core.Registry;

namespace DeFacto.Core.Evidence;

/// <summary>The rules a coded value keeps against the codebook and registry it is read with.</summary>
public static class CodedValues
{
    /// <summary>Everything wrong with coding <paramref name="value"/> for this territory and indicator; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(Codebook codebook, PlaceRegistry registry, string territory, string indicatorId, ObservedValue value)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(registry);
        var problems = new List<string>();
        if (registry.Find(territory) is not { Kind: PlaceKind.Territory })
        {
            problems.Add($"territory '{territory}' is not a territory of the registry");
        }

        var indicator = codebook.FindIndicator(indicatorId);
        if (indicator is null)
        {
            problems.Add($"indicator '{indicatorId}' is not in the codebook");
        }
        else if (!value.HasForm)
        {
            problems.Add("there is no value: give a value, an interval or a category");
        }
        else if (indicator.IsNumeric == value.IsCategory)
        {
            problems.Add($"{indicator.Id} takes {(indicator.IsNumeric ? "a number" : "a category")}");
        }
        else if (value.Category is { } category && indicator.FindAnchor(category) is null)
        {
            problems.Add($"'{category}' is not a category of {indicator.Id} ({string.Join(", ", indicator.Anchors.Select(a => a.Id))})");
        }
        else if (new[] { value.Point, value.Low, value.High }.OfType<double>().Any(v => v < indicator.Minimum || v > indicator.Maximum))
        {
            // The data file reader's range check: an import or an accepted candidate cannot hold what a data file may not.
            problems.Add($"the value is outside {indicator.Id}'s range {Bound(indicator.Minimum, "−∞")}–{Bound(indicator.Maximum, "∞")}");
        }

        return problems;
    }

    private static string Bound(double? bound, string none) =>
        bound?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? none;
}
