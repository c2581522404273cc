using System.Globalization;

namespace DeFacto.Exports.Formats;

/// <summary>How a cell reads as text (CSV, diffs): invariant culture, ISO dates, no exponents, empty for missing.</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Number(d),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The shortest text that reads back as the same double, written without an exponent
    /// (Stata and spreadsheets misread "1E-05").</summary>
    public static string Number(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('E', StringComparison.Ordinal))
        {
            return text;
        }

        var exact = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return exact.ToString(CultureInfo.InvariantCulture);
    }
}
