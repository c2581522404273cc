using DeFacto.Core.Time;

namespace DeFacto.Exports.Tables;

/// <summary>Conversions shared by the table definitions.</summary>
internal static class Cells
{
    /// <summary>Joins a list into one cell; null for an empty list, so it reads as missing.</summary>
    public static string? List(IReadOnlyList<string> items, string separator = " | ") =>
        items.Count == 0 ? null : string.Join(separator, items);

    public static DateOnly? Start(PartialDate? date) => date?.Start;

    public static DateOnly? End(PartialDate? date) => date?.End;

    public static string? Text(PartialDate? date) => date?.ToString();

    public static string Precision(PartialDate date) => date.Precision.ToString().ToLowerInvariant();
}
