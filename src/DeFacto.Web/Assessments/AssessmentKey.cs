using DeFacto.Core.Scoring;

namespace DeFacto.Web.Assessments;

/// <summary>One cached computation: what it is, over which version of the evidence, for which territory, date and basis.</summary>
internal readonly record struct AssessmentKey(string Kind, long Version, string Territory, DateOnly AsOf, Basis Basis, string Extra = "");
