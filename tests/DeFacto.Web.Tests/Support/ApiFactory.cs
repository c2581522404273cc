using DeFacto.Web.Evidence;

namespace DeFacto.Web.Tests.Support;

/// <summary>One in-memory server for the API and page tests: the bundled data plus a hostile quote.</summary>
public sealed class ApiFactory() : WebFactory(() => new FixedEvidenceSource(TestData.WithHostileQuote(), "test data"));
