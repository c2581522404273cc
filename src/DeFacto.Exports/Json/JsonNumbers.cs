using System.Text.Json;

namespace DeFacto.Exports.Json;

/// <summary>Writes numbers rounded for people (scores to 4 places) and nulls as JSON null.</summary>
internal static class JsonNumbers
{
    public static void Write(Utf8JsonWriter w, string name, double? value, int digits = 4)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, Math.Round(v, digits, MidpointRounding.AwayFromZero));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
