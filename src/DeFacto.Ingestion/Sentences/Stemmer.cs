namespace DeFacto.Ingestion.Sentences;

/// <summary>
/// A deliberately light English stemmer for cue matching: "abolishing", "abolished" and "abolishes"
/// meet at "abolish", "bases" at "base". Short words are left alone.
/// </summary>
internal static class Stemmer
{
    public static string Stem(string lower)
    {
        if (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return lower[..^3];
        }

        if (lower.Length > 4 && lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.Length > 4 && (lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("sses", StringComparison.Ordinal)))
        {
            return lower[..^2];
        }

        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] is not 's' and not 'u' and not 'i')
        {
            return lower[..^1];
        }

        return lower;
    }
}
