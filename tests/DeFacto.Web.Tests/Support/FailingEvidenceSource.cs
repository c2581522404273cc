using DeFacto.Web.Evidence;

namespace DeFacto.Web.Tests.Support;

/// <summary>
/// A ledger that cannot be read (as when its disk has gone): every request that needs evidence fails
/// with an exception naming the ledger's location, which the error page must not repeat.
/// </summary>
public sealed class FailingEvidenceSource(string location) : IEvidenceSource
{
    public EvidenceSnapshot Current => throw new IOException($"ledger {location} cannot be read: disk I/O error");

    public string Description => "ledger " + location;
}
