using DeFacto.Core.Time;

namespace DeFacto.Ingestion.Dates;

/// <summary>
/// The document's own date when the caller does not give it: a date the format declares; else the
/// week a weekday-dated reference points to ("Last Wednesday, March 18" with 2015 the latest year
/// mentioned puts the document in March 2015); else the latest date the text mentions in its latest year.
/// </summary>
internal static class PublicationDate
{
    public static PartialDate? Infer(string? declared, IReadOnlyList<DateMention> mentions)
    {
        if (declared is not null && FromDeclared(declared) is { } stated)
        {
            return stated;
        }

        var years = mentions.Where(m => m.Year is not null).Select(m => m.Year!.Value).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var latestYear = years.Max();
        foreach (var mention in mentions)
        {
            if (mention is { Year: null, Month: { } month, Day: { } day, Weekday: { } weekday }
                && DateResolver.YearWithWeekday(latestYear, month, day, weekday) is { } year && Math.Abs(year - latestYear) <= 1)
            {
                return DateResolver.Make(year, month, null);
            }
        }

        var latest = mentions
            .Where(m => m.Year == latestYear)
            .Select(m => DateResolver.Make(m.Year!.Value, m.Month, m.Day))
            .OfType<PartialDate>()
            .Max();
        return latest;
    }

    private static PartialDate? FromDeclared(string declared)
    {
        var trimmed = declared.Trim();
        for (var length = Math.Min(10, trimmed.Length); length >= 4; length--)
        {
            var parsed = PartialDate.Parse(trimmed[..length]);
            if (parsed.Success)
            {
                return parsed.Value;
            }
        }

        var tokens = Sentences.Tokenizer.Tokenize(trimmed, 0, trimmed.Length);
        return DateParser.Parse(trimmed, tokens).Where(m => m.Year is not null)
            .Select(m => DateResolver.Make(m.Year!.Value, m.Month, m.Day)).OfType<PartialDate>().FirstOrDefault() is { } found
            && found != default ? found : null;
    }
}
