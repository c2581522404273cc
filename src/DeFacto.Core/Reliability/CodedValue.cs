using DeFacto.Core.Evidence;

namespace DeFacto.Core.Reliability;

/// <summary>One coder's value (and status, when coded) of an observation, as a disagreement shows it.</summary>
public sealed record CodedValue(string Coder, ObservedValue Value, EvidenceStatus? Status);
