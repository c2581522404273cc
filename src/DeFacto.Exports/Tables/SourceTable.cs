using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Tables;

/// <summary>The bibliographic records every observation and event cites (also written as BibTeX and CSL-JSON).</summary>
public static class SourceTable
{
    public const string Name = "sources";

    public static Table Build(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var ledger = dataset.Ledger;
        var observations = ledger.Observations.CountBy(o => o.Source).ToDictionary(StringComparer.Ordinal);
        var events = ledger.Events.CountBy(e => e.Source).ToDictionary(StringComparer.Ordinal);
        return new TableSpec<Source>(Name, "Sources", "Bibliographic records; the citation key in sources.bib and the id in sources.csl.json are the source_id.")
            .Text("source_id", "Source id, stable across releases; also the BibTeX key", s => s.Id)
            .Text("kind", "report, article, news, treaty, law, web-page, encyclopedia, statement, dataset, book, document", s => s.Kind)
            .Text("title", "Title", s => s.Title)
            .Text("authors", "Authors (people), separated by ' | '", s => Cells.List(s.Authors))
            .Text("publisher", "Publisher or organisation", s => s.Publisher)
            .Text("container", "Series, newspaper, website or journal", s => s.Container)
            .Text("number", "Issue or series number", s => s.Number)
            .Text("published", "Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD", s => Cells.Text(s.Published))
            .Integer("published_year", "Publication year", s => s.Published?.Year)
            .Text("url", "Where it was published", s => s.Url)
            .Date("accessed", "Day a coder read the source (for sources added before this field: the day the source entered the dataset)", s => s.Accessed)
            .Text("language", "ISO 639-1 language code", s => s.Language)
            .Integer("n_observations", "Observations citing the source", s => observations.GetValueOrDefault(s.Id))
            .Integer("n_events", "Events citing the source", s => events.GetValueOrDefault(s.Id))
            .Text("note", "Curator's note", s => s.Note)
            .Key("source_id")
            .Build(ledger.Sources);
    }
}
