namespace DeFacto.Dataset.Reading;

internal static class Ids
{
    /// <summary>Lower-case kebab-case, optionally dotted for indicator ids.</summary>
    public static bool IsValid(string id) =>
        id.Length > 0 && char.IsAsciiLetterOrDigit(id[0]) &&
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_');
}
