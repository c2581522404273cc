namespace DeFacto.Ingestion.Cleaning;

/// <summary>Recognises lines that belong to the page, not the text: page numbers, contact details, rules.</summary>
internal static class Furniture
{
    public static bool IsFurnitureLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        return IsRule(t) || IsPageNumber(t) || IsContact(t) || IsWebAddress(t);
    }

    private static bool IsRule(ReadOnlySpan<char> t)
    {
        foreach (var c in t)
        {
            if (c is not '-' and not '_' and not '*' and not '=' and not ' ' and not '—' and not '–')
            {
                return false;
            }
        }

        return t.Length >= 3;
    }

    private static bool IsPageNumber(ReadOnlySpan<char> t)
    {
        var s = t.Trim("-–— ");
        if (s.StartsWith("page ", StringComparison.OrdinalIgnoreCase) || s.StartsWith("p. ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[(s.IndexOf(' ') + 1)..];
        }

        if (s.Length is 0 or > 12)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c is not ' ' and not '/' and not 'o' and not 'f')
            {
                return false;
            }
        }

        return char.IsAsciiDigit(s[0]);
    }

    /// <summary>A telephone or fax line ("+358 (0)9 432 7000", "Tel. 123 456 789", "Fax").</summary>
    private static bool IsContact(ReadOnlySpan<char> t)
    {
        if (t.Length > 40)
        {
            return false;
        }

        var lower = t.ToString().ToLowerInvariant().TrimEnd(':', '.');
        if (lower is "telephone" or "tel" or "phone" or "fax" or "telefax" or "e-mail" or "email" or "mobile")
        {
            return true;
        }

        var digits = 0;
        var letters = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return digits >= 7 && letters <= 6 && t.Length <= 40 && (t[0] == '+' || t[0] == '(' || lower.StartsWith("tel", StringComparison.Ordinal) || lower.StartsWith("fax", StringComparison.Ordinal) || letters == 0);
    }

    private static bool IsWebAddress(ReadOnlySpan<char> t) =>
        !t.Contains(' ') && (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (t.Contains('@') && t.Contains('.')));
}
