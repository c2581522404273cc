using DeFacto.Core.Scoring;

namespace DeFacto.Analysis;

/// <summary>
/// What the reading use cases work on: the evidence, the assessor built over it, and today's date (from
/// the caller's clock, so a test can fix it). The CLI makes one per command; the web app one per request
/// over its current evidence.
/// </summary>
public sealed record Workbench(Core.Dataset Dataset, Assessor Assessor, DateOnly Today)
{
    public static Workbench Over(Core.Dataset dataset, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Workbench(dataset, new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry), today);
    }
}
