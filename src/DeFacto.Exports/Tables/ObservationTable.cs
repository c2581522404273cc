using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Tables;

/// <summary>
/// The coder-level file, in the layout researchers know from V-Dem: one row per observation (as coded,
/// and as pledged by treaty provisions), with its value, status, hedge, date, coder, confidence, and the
/// source, locator and quote it rests on.
/// </summary>
public static class ObservationTable
{
    public const string Name = "observations";

    public static Table Build(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var ledger = dataset.Ledger;
        var codebook = dataset.Codebook;
        return new TableSpec<Observation>(Name, "Observations (coder level)",
            "Every coded value with its source: one row per observation, including the pledged observations that treaty provisions generate (provision is then set).")
            .Text("observation_id", "Observation id, stable across releases", o => o.Id)
            .Text("territory", "Territory id", o => o.Territory)
            .Text("indicator", "Codebook indicator id", o => o.Indicator)
            .Text("domain", "Codebook domain of the indicator", o => codebook.FindIndicator(o.Indicator)?.Domain)
            .Number("value", "Point value as the source gives it (empty for an interval or a category)", o => o.Value.Point)
            .Number("value_low", "Lower bound of an interval value (e.g. 30000 for '30–40,000')", o => o.Value.Low)
            .Number("value_high", "Upper bound of an interval value", o => o.Value.High)
            .Text("category", "Category value, for ordinal, binary and categorical indicators", o => o.Value.Category)
            .Text("value_text", "The value as text: point, low–high, or category", o => o.Value.ToString())
            .Text("unit", "Unit: percent, persons, ratio; empty for categories", o => o.Unit)
            .Text("status", "in-place (practice on the ground) or pledged (a treaty or law commits to it)", o => Vocabulary.Name(o.Status))
            .Text("qualifier", "Hedge: official, estimate, approximate, claimed, disputed; empty when stated plainly", o => o.Qualifier)
            .Text("as_of_text", "When the value held, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD (text; as_of_start and as_of_end give it as dates)", o => o.AsOf.ToString())
            .Date("as_of_start", "First day of the as_of period (the assessment counts the observation from this day)", o => o.AsOf.Start)
            .Date("as_of_end", "Last day of the as_of period", o => o.AsOf.End)
            .Text("since_text", "Start of the period the observation attests, as precise as the source (text: YYYY, YYYY-MM or YYYY-MM-DD; empty: only as_of)", o => o.Since?.ToString())
            .Date("since_start", "First day of the since period", o => o.Since?.Start)
            .Text("coder", "Who coded the observation (treaty:ID for provisions)", o => o.Coder)
            .Number("confidence", "The coder's confidence, 0 to 1", o => o.Confidence)
            .Text("source_id", "Source id (sources table)", o => o.Source)
            .Text("source_kind", "Kind of source", o => ledger.FindSource(o.Source)?.Kind)
            .Text("source_title", "Title of the source", o => ledger.FindSource(o.Source)?.Title)
            .Text("source_publisher", "Publisher of the source", o => ledger.FindSource(o.Source)?.Publisher)
            .Text("source_published", "Publication date of the source, as precise as known (text: YYYY, YYYY-MM or YYYY-MM-DD)", o => Cells.Text(ledger.FindSource(o.Source)?.Published))
            .Text("source_url", "Where the source was published", o => ledger.FindSource(o.Source)?.Url)
            .Text("locator", "Where in the source: page, paragraph, article or character span", o => o.Locator)
            .Text("quote", "Short verbatim phrase containing the figure", o => o.Quote)
            .Text("provision", "Treaty provision id (provisions table), for pledged observations generated from a treaty", o => o.Provision)
            .Text("note", "Coder's note", o => o.Note)
            .WithCodings(dataset)
            .Key("observation_id")
            .References("territory", TerritoryTable.Name, "territory_id")
            .References("indicator", IndicatorTable.Name, "indicator_id")
            .References("source_id", SourceTable.Name, "source_id")
            .References("provision", ProvisionTable.Name, "provision_id")
            .Build(ledger.Observations.OrderBy(o => o.Territory, StringComparer.Ordinal).ThenBy(o => o.Indicator, StringComparer.Ordinal)
                .ThenBy(o => o.AsOf).ThenBy(o => o.Id, StringComparer.Ordinal));
    }
}
