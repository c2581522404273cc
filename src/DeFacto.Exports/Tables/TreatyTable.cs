using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Tables;

/// <summary>The treaties the ledger codes, one row each: parties, dates and how many provisions are coded.</summary>
public static class TreatyTable
{
    public const string Name = "treaties";

    public static Table Build(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var ledger = dataset.Ledger;
        return new TableSpec<Treaty>(Name, "Treaties", "Every treaty whose provisions are coded (data/treaties/*.yaml); events and provisions refer to it by treaty_id.")
            .Text("treaty_id", "Treaty id, stable across releases", t => t.Id)
            .Text("title", "Title of the treaty", t => t.Title)
            .Text("parties", "Registry ids of the parties, separated by ' | '", t => Cells.List(t.Parties))
            .Text("signed_text", "Date of signature, as precise as known (text: YYYY, YYYY-MM or YYYY-MM-DD)", t => Cells.Text(t.SignedOn))
            .Date("signed_start", "First day of the signature date's period", t => Cells.Start(t.SignedOn))
            .Text("ratified", "Ratifications as party=date, separated by ' | '", t => Cells.List(t.Ratified.Select(r => $"{r.Party}={r.Date}").ToList()))
            .Text("in_force_text", "Date of entry into force, as precise as known (text)", t => Cells.Text(t.InForce))
            .Date("in_force_start", "First day of the entry-into-force date's period (pledges count from here on the commitments basis)", t => Cells.Start(t.InForce))
            .Text("term", "Term of the treaty, as stated", t => t.Term)
            .Integer("n_provisions", "Coded provisions (provisions table)", t => t.Provisions.Count)
            .Text("source_id", "Source id of the treaty text (sources table)", t => t.Source)
            .Text("source_title", "Title of the source", t => ledger.FindSource(t.Source)?.Title)
            .Text("locator", "Where in the source", t => t.Locator)
            .Text("note", "Coder's note", t => t.Note)
            .Key("treaty_id")
            .References("source_id", SourceTable.Name, "source_id")
            .Build(ledger.Treaties.OrderBy(t => t.Id, StringComparer.Ordinal));
    }
}
