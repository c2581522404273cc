namespace DeFacto.Core.History;

/// <summary>How far one domain is from the formally annexed reference: reference median minus the territory's (positive: behind).</summary>
public sealed record DomainGap(string Domain, double? Territory, double? Reference, double? Gap);
