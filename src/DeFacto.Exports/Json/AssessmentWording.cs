using System.Globalization;
using DeFacto.Core.Coding;
using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Json;

/// <summary>
/// Words the core's structured verdicts and warnings in plain English, the same for the JSON contract,
/// the web pages and the command line (which may add its own hints about flags).
/// </summary>
public static class AssessmentWording
{
    /// <summary>One sentence saying why the headline is what it is.</summary>
    public static string Reason(Assessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var v = a.Verdict;
        var leading = a.Functional.Ranked[0];
        return v.Reason switch
        {
            VerdictReason.BeforeContestedExistence =>
                $"The date precedes the territory's contested existence, which began on {Date(v.Date)}: there is no contested territory to assess.",
            VerdictReason.AfterContestedExistence =>
                $"The territory ceased to exist on {Date(v.Date)}: there is no contested territory to assess.",
            VerdictReason.Incorporated =>
                $"The patron's formal incorporation of the territory has been in force since {Date(v.Date)}, a legal fact whatever the functional stage ({Names.Of(leading)} is the most probable).",
            VerdictReason.TooFewCurrentDomains =>
                $"Only {v.CurrentDomains} of {a.DomainCount - a.NotApplicable} domains {(v.CurrentDomains == 1 ? "has" : "have")} current evidence (at least {v.RequiredDomains} are needed); the draws lean to {Names.Of(leading)} ({P(v.LeadingProbability)}) but rest largely on the prior.",
            VerdictReason.ProbableStage =>
                $"{Capital(Names.Of(leading))} in {P(v.LeadingProbability)} of the draws, with {v.CurrentDomains} of {a.DomainCount - a.NotApplicable} domains currently evidenced.",
            _ =>
                $"No functional stage reaches {P(v.RequiredProbability)} of the draws: {Names.Of(v.Alternatives[0])} {P(a.Functional.ProbabilityOf(v.Alternatives[0]))}, {Names.Of(v.Alternatives[1])} {P(a.Functional.ProbabilityOf(v.Alternatives[1]))}.",
        };
    }

    /// <summary>A warning in words.</summary>
    public static string Warning(AssessmentWarning w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return w.Kind switch
        {
            WarningKinds.BeforeContestedExistence => $"the territory's contested existence began on {w["since"]}: not assessable before",
            WarningKinds.AfterContestedExistence => $"the territory ceased to exist on {w["until"]}: not assessable from then on",
            WarningKinds.NotApplicable => $"{w["domain"]} is not applicable and leaves the index: {w["reason"]}",
            WarningKinds.NoEvidence => $"no functional evidence for {w["territory"]} on or before {w["asOf"]}: every domain is the prior",
            WarningKinds.ThinEvidence => $"thin evidence: {w["current"]} domain(s) with current evidence (fewer than {w["threshold"]}); the index leans on the prior",
            WarningKinds.DomainsWithoutCurrentEvidence => $"no current evidence for {w["domains"]}: drawn from the prior ({w["current"]} of {w["total"]} domains current)",
            WarningKinds.AgeingEvidence => $"{w["indicator"]}: evidence from {w["asOf"]} is {w["years"]} years old (past {w["freshYears"]}); draws increasingly fall back to the prior",
            WarningKinds.EvidenceEnded => $"{w["indicator"]}: earlier evidence ended by {w["type"]} {w["event"]} ({w["date"]})",
            WarningKinds.DerivedInputMissing => $"{w["indicator"]}: no evidence for {w["inputs"]}; counted as zero",
            WarningKinds.PledgesNotCounted => $"{w["count"]} pledged observation(s) not counted on the practice basis",
            WarningKinds.PledgesNotInForce => string.IsNullOrEmpty(w["inForce"])
                ? $"{w["count"]} pledge(s) of {w["treaty"]} (signed {w["signed"]}) not counted: no entry into force is known"
                : $"{w["count"]} pledge(s) of {w["treaty"]} (signed {w["signed"]}) count only from its entry into force on {w["inForce"]}",
            WarningKinds.SourcesDisagree => $"sources disagree: {w["subject"]}: {w["first"]} says {w["firstSays"]}, {w["second"]} says {w["secondSays"]}",
            _ => w.Kind + ": " + string.Join(", ", w.Data.Select(kv => $"{kv.Key} {kv.Value}")),
        };
    }

    public static string Name(Coverage coverage) => coverage switch
    {
        Coverage.Current => "current",
        Coverage.Old => "old",
        Coverage.NotApplicable => "not-applicable",
        _ => "none",
    };

    public static string Name(Implementation implementation) => implementation switch
    {
        Implementation.Implemented => "implemented",
        Implementation.Unfulfilled => "unfulfilled",
        _ => "pending",
    };

    public static string Name(Holder holder) => Holders.Name(holder);

    private static string Date(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";

    private static string P(double p) => p.ToString("0%", CultureInfo.InvariantCulture);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
