using System.Globalization;
using System.Text;
using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Citations;

/// <summary>
/// The sources as a BibTeX database, one entry per source keyed by its id: reports as
/// <c>@techreport</c>, articles and news as <c>@article</c> (journal = the newspaper or journal),
/// books as <c>@book</c>, everything else (treaties, laws, web pages, statements, encyclopedia
/// entries, datasets) as <c>@misc</c>. Titles are double-braced so styles keep their capitals.
/// </summary>
public static class BibTexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string EntryType(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind switch
        {
            "report" => "techreport",
            "article" or "news" when (source.Container ?? source.Publisher) is not null => "article",
            "book" when source.Publisher is not null => "book",
            _ => "misc",
        };
    }

    public static string Write(IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sb = new StringBuilder();
        sb.Append("% DeFacto sources, generated from data/sources/*.yaml. UTF-8; use biblatex with biber, or BibTeX with inputenc.\n");
        foreach (var source in sources)
        {
            sb.Append('\n').Append(Entry(source));
        }

        return sb.ToString();
    }

    public static string Entry(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var type = EntryType(source);
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add((name, "{" + BibTexText.Escape(value.Trim()) + "}"));
            }
        }

        if (source.Authors.Count > 0)
        {
            Add("author", string.Join(" and ", source.Authors));
        }
        else if (SourceAuthorship.Corporate(source) is { } body)
        {
            // A corporate author is double-braced so that styles print it whole instead of as a person's name.
            fields.Add(("author", "{{" + BibTexText.Escape(body) + "}}"));
        }

        fields.Add(("title", "{{" + BibTexText.Escape(source.Title) + "}}"));
        switch (type)
        {
            case "techreport":
                Add("institution", source.Publisher ?? source.Container);
                Add("type", source.Container);
                Add("number", source.Number);
                break;
            case "article":
                Add("journal", source.Container ?? source.Publisher);
                Add("publisher", source.Container is null ? null : source.Publisher);
                Add("number", source.Number);
                break;
            case "book":
                Add("publisher", source.Publisher);
                Add("series", source.Container);
                Add("number", source.Number);
                break;
            default:
                Add("howpublished", source.Container);
                Add("organization", source.Publisher);
                Add("number", source.Number);
                break;
        }

        if (source.Published is { } published)
        {
            fields.Add(("year", "{" + published.Year.ToString("0000", CultureInfo.InvariantCulture) + "}"));
            if (published.Month is { } month)
            {
                fields.Add(("month", Months[month - 1]));
            }

            Add("date", published.ToString());
        }

        if (source.Url is { } url)
        {
            fields.Add(("url", "{" + BibTexText.Url(url) + "}"));
        }

        if (source.Accessed is { } accessed)
        {
            fields.Add(("urldate", "{" + accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "}"));
        }

        Add("language", LanguageName(source.Language));
        Add("note", NoteOf(source));
        Add("keywords", source.Kind);

        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(BibTexText.Key(source.Id)).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            sb.Append("  ").Append(fields[i].Name).Append(" = ").Append(fields[i].Value).Append(i < fields.Count - 1 ? ",\n" : "\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// biblatex's name for an ISO 639-1 code (<c>ru</c> → <c>russian</c>), which its styles print in the
    /// reader's language and leave out when it is the document's own; a language biblatex has no name
    /// for is given in English, and an unknown code as it is.
    /// </summary>
    public static string? LanguageName(string? code) =>
        code is null ? null : LanguageNames.TryGetValue(code.Trim().ToLowerInvariant(), out var name) ? name : code;

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["bg"] = "bulgarian",
        ["ca"] = "catalan",
        ["cs"] = "czech",
        ["da"] = "danish",
        ["de"] = "german",
        ["el"] = "greek",
        ["en"] = "english",
        ["es"] = "spanish",
        ["et"] = "estonian",
        ["eu"] = "basque",
        ["fi"] = "finnish",
        ["fr"] = "french",
        ["gl"] = "galician",
        ["hr"] = "croatian",
        ["hu"] = "hungarian",
        ["it"] = "italian",
        ["ja"] = "japanese",
        ["la"] = "latin",
        ["lt"] = "lithuanian",
        ["lv"] = "latvian",
        ["mr"] = "marathi",
        ["nl"] = "dutch",
        ["no"] = "norwegian",
        ["nb"] = "norwegian",
        ["nn"] = "norwegian",
        ["pl"] = "polish",
        ["pt"] = "portuguese",
        ["ro"] = "romanian",
        ["ru"] = "russian",
        ["sk"] = "slovak",
        ["sl"] = "slovene",
        ["sr"] = "serbian",
        ["sv"] = "swedish",
        ["tr"] = "turkish",
        ["uk"] = "ukrainian",
        ["ab"] = "Abkhaz",
        ["az"] = "Azerbaijani",
        ["be"] = "Belarusian",
        ["fa"] = "Persian",
        ["hy"] = "Armenian",
        ["id"] = "Indonesian",
        ["ka"] = "Georgian",
        ["os"] = "Ossetian",
    };

    private static string? NoteOf(Source source) => source.Kind switch
    {
        "treaty" => "Treaty",
        "law" => "Law",
        "statement" => "Official statement",
        "encyclopedia" => "Encyclopedia entry",
        "dataset" => "Dataset",
        "web-page" => "Web page",
        _ => null,
    };
}
