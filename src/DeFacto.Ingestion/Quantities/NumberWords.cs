namespace DeFacto.Ingestion.Quantities;

/// <summary>English number words ("seven", "ninety-five", "two hundred thousand") and fractions ("two-thirds").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    };

    private static readonly Dictionary<string, double> Denominators = new(StringComparer.Ordinal)
    {
        ["half"] = 2,
        ["halves"] = 2,
        ["third"] = 3,
        ["thirds"] = 3,
        ["quarter"] = 4,
        ["quarters"] = 4,
        ["fourth"] = 4,
        ["fourths"] = 4,
        ["fifth"] = 5,
        ["fifths"] = 5,
        ["tenth"] = 10,
        ["tenths"] = 10,
    };

    /// <summary>A cheap first look: could this word begin a number or a fraction?</summary>
    public static bool MayStart(string lower)
    {
        if (lower is "a" or "one" or "half")
        {
            return true;
        }

        var hyphen = lower.IndexOf('-', StringComparison.Ordinal);
        var head = hyphen > 0 ? lower[..hyphen] : lower;
        return Units.ContainsKey(head);
    }

    /// <summary>The number words that stand alone ("one" … "ninety", "hundred"): what <see cref="Simple"/> reads without a hyphen.</summary>
    public static IEnumerable<string> Words => Units.Keys;

    /// <summary>The value of one word ("seven", "ninety-five"), or null.</summary>
    public static double? Simple(string word)
    {
        if (Units.TryGetValue(word, out var unit))
        {
            return unit;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && Units.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(word[(hyphen + 1)..], out var ones) && ones < 10)
        {
            return tens + ones;
        }

        return null;
    }

    public static double? Scale(string word) => Scales.TryGetValue(word, out var s) ? s : null;

    /// <summary>"two-thirds" → 2/3, "half" → 1/2, or null.</summary>
    public static double? Fraction(string word)
    {
        if (Denominators.TryGetValue(word, out var d) && d == 2 && word.StartsWith("half", StringComparison.OrdinalIgnoreCase))
        {
            return 0.5;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && Units.TryGetValue(word[..hyphen], out var numerator) && Denominators.TryGetValue(word[(hyphen + 1)..], out var denominator))
        {
            return numerator / denominator;
        }

        return null;
    }

    public static double? Denominator(string word) => Denominators.TryGetValue(word, out var d) ? d : null;
}
