namespace DeFacto.Web.Evidence;

/// <summary>Where the web app reads evidence: a ledger, a dataset folder, or (in tests) a dataset in memory.</summary>
public interface IEvidenceSource
{
    EvidenceSnapshot Current { get; }

    /// <summary>Where the evidence comes from, for the page footer (never a password).</summary>
    string Description { get; }
}
