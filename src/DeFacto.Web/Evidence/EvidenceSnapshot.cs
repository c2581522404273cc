using DeFacto.Core.Scoring;

namespace DeFacto.Web.Evidence;

/// <summary>
/// The evidence as it stands between two ledger changes: the dataset, the assessor built over it, and a
/// version that changes whenever the evidence does, so cached assessments of an older version are never served.
/// </summary>
public sealed class EvidenceSnapshot
{
    public EvidenceSnapshot(Core.Dataset dataset, long version)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset = dataset;
        Version = version;
        Assessor = new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry);
    }

    public Core.Dataset Dataset { get; }

    public long Version { get; }

    public Assessor Assessor { get; }
}
