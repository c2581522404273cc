using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Tables;

/// <summary>Dated changes: treaties signed, ratified and in force, recognitions, annexations, referendums, laws.</summary>
public static class EventTable
{
    public const string Name = "events";

    public static Table Build(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var ledger = dataset.Ledger;
        return new TableSpec<Event>(Name, "Events", "Every dated event, as coded and as given by treaty files (signature, ratification, entry into force), in date order.")
            .Text("event_id", "Event id, stable across releases", e => e.Id)
            .Text("type", "treaty-signed, treaty-ratified, treaty-in-force, recognition, annexation, referendum, law, agreement, election, war, other", e => e.Type)
            .Text("date_text", "When, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD (text; date_start and date_end give it as dates)", e => e.Date.ToString())
            .Date("date_start", "First day of the date's period", e => e.Date.Start)
            .Date("date_end", "Last day of the date's period", e => e.Date.End)
            .Text("territory", "Territory id (territories table) whose evidence file holds the event; empty for treaty dates", e => e.Territory)
            .Text("parties", "Registry ids of the parties, separated by ' | '", e => Cells.List(e.Parties))
            .Text("title", "What happened", e => e.Title)
            .Text("treaty", "Treaty id (treaties table), when the event concerns a treaty", e => e.Treaty)
            .Text("source_id", "Source id (sources table)", e => e.Source)
            .Text("source_title", "Title of the source", e => ledger.FindSource(e.Source)?.Title)
            .Text("source_url", "Where the source was published", e => ledger.FindSource(e.Source)?.Url)
            .Text("locator", "Where in the source", e => e.Locator)
            .Text("quote", "Short verbatim phrase", e => e.Quote)
            .Number("confidence", "The coder's confidence, 0 to 1", e => e.Confidence)
            .Text("note", "Coder's note", e => e.Note)
            .Key("event_id")
            .References("territory", TerritoryTable.Name, "territory_id")
            .References("treaty", TreatyTable.Name, "treaty_id")
            .References("source_id", SourceTable.Name, "source_id")
            .Build(ledger.Events);
    }
}
