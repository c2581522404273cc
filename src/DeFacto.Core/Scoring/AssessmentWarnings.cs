using System.Globalization;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;

namespace DeFacto.Core.Scoring;

/// <summary>Collects what a reader of an assessment should be wary of, as structured warnings.</summary>
internal static class AssessmentWarnings
{
    public static void Add(List<AssessmentWarning> warnings, AssessmentRequest request, Place? place, List<DomainResult> domains,
        EvidenceSelector selector, Codebook codebook, List<Conflict> conflicts)
    {
        var asOf = request.AsOf;
        if (place?.Since is { } since && asOf < since.Start)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.BeforeContestedExistence, ("since", since.ToString())));
        }

        if (place?.Until is { } until && asOf >= until.Start)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.AfterContestedExistence, ("until", until.ToString())));
        }

        foreach (var d in domains.Where(d => !d.Applicable))
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.NotApplicable, ("domain", d.Domain.Id), ("reason", d.NotApplicableReason ?? "")));
        }

        var applicable = domains.Where(d => d.Applicable).ToList();
        var current = applicable.Count(d => d.Current);
        if (applicable.All(d => d.Coverage == Coverage.None))
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.NoEvidence, ("territory", request.Territory), ("asOf", Date(asOf))));
        }
        else if (current < codebook.ThinEvidenceDomains)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.ThinEvidence, ("current", Number(current)), ("threshold", Number(codebook.ThinEvidenceDomains))));
        }

        var missing = applicable.Where(d => !d.Current).Select(d => d.Domain.Id).ToList();
        if (missing.Count > 0)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.DomainsWithoutCurrentEvidence,
                ("domains", string.Join(", ", missing)), ("current", Number(current)), ("total", Number(applicable.Count))));
        }

        foreach (var indicator in applicable.SelectMany(d => d.Indicators).Where(i => i.Stale.Count > 0))
        {
            var oldest = indicator.Observations.Where(o => indicator.Stale.Contains(o.Id)).MinBy(o => o.AsOf.End)!;
            var years = (asOf.DayNumber - oldest.AsOf.End.DayNumber) / 365.25;
            warnings.Add(AssessmentWarning.Of(WarningKinds.AgeingEvidence, ("indicator", indicator.Indicator.Id), ("asOf", oldest.AsOf.ToString()),
                ("years", years.ToString("0.#", CultureInfo.InvariantCulture)), ("freshYears", Number(codebook.FreshYears))));
        }

        var ended = applicable.SelectMany(d => d.Indicators).Select(i => i.Indicator)
            .SelectMany(i => selector.Select(i).Practice.Ended.Select(e => (Indicator: i.Id, e.Event)))
            .GroupBy(x => (x.Indicator, x.Event.Id)).Select(g => g.First());
        foreach (var (indicator, e) in ended)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.EvidenceEnded, ("indicator", indicator), ("event", e.Id), ("type", e.Type), ("date", e.Date.ToString())));
        }

        if (request.Basis == Basis.Practice)
        {
            var pledges = selector.All.Count(o => o.Status == EvidenceStatus.Pledged && o.AsOf.Start <= asOf);
            if (pledges > 0)
            {
                warnings.Add(AssessmentWarning.Of(WarningKinds.PledgesNotCounted, ("count", Number(pledges))));
            }
        }

        foreach (var group in selector.NotInForce.GroupBy(o => o.Coder ?? o.Source))
        {
            var first = group.First();
            warnings.Add(AssessmentWarning.Of(WarningKinds.PledgesNotInForce, ("treaty", (first.Coder ?? "").Replace("treaty:", "", StringComparison.Ordinal)),
                ("signed", first.SignedOn?.ToString() ?? ""), ("inForce", first.InForceOn?.ToString() ?? ""), ("count", Number(group.Count()))));
        }

        foreach (var c in conflicts)
        {
            warnings.Add(AssessmentWarning.Of(WarningKinds.SourcesDisagree, ("subject", c.Subject), ("first", c.FirstId), ("firstSays", c.FirstSays),
                ("second", c.SecondId), ("secondSays", c.SecondSays)));
        }
    }

    private static string Number(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
