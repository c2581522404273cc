namespace DeFacto.Core.Coding;

/// <summary>A group of indicators; functional domains form the de facto index, the others do not.</summary>
public sealed record Domain(string Id, string Label, double Weight, bool Functional, string Description);
