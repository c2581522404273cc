namespace DeFacto.Core.Scoring;

/// <summary>The kinds of <see cref="AssessmentWarning"/> and the data each carries.</summary>
public static class WarningKinds
{
    /// <summary>The date precedes the territory's contested existence. Data: since.</summary>
    public const string BeforeContestedExistence = "before-contested-existence";

    /// <summary>The territory ceased to exist before the date. Data: until.</summary>
    public const string AfterContestedExistence = "after-contested-existence";

    /// <summary>Functional domains without current evidence, drawn (partly) from the prior. Data: domains (comma-separated), current, total.</summary>
    public const string DomainsWithoutCurrentEvidence = "domains-without-current-evidence";

    /// <summary>Fewer domains with current evidence than the codebook's thin-evidence threshold. Data: current, threshold.</summary>
    public const string ThinEvidence = "thin-evidence";

    /// <summary>An indicator rests on evidence past fresh_years. Data: indicator, asOf, years.</summary>
    public const string AgeingEvidence = "ageing-evidence";

    /// <summary>An event ended an indicator's earlier evidence. Data: indicator, event, date.</summary>
    public const string EvidenceEnded = "evidence-ended";

    /// <summary>A derived indicator lacks some inputs, counted as zero. Data: indicator, inputs.</summary>
    public const string DerivedInputMissing = "derived-input-missing";

    /// <summary>Pledges exist but the practice basis does not count them. Data: count.</summary>
    public const string PledgesNotCounted = "pledges-not-counted";

    /// <summary>Signed pledges not counted because their treaty is not (known to be) in force. Data: treaty, signed.</summary>
    public const string PledgesNotInForce = "pledges-not-in-force";

    /// <summary>A domain is not applicable to the territory. Data: domain, reason.</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary>Two sources disagree. Data: subject, first, firstSays, second, secondSays.</summary>
    public const string SourcesDisagree = "sources-disagree";

    /// <summary>No functional evidence at all on or before the date. Data: territory, asOf.</summary>
    public const string NoEvidence = "no-evidence";
}
