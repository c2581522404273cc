using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Assessing;

/// <summary>An assessment, and how often its stage holds under other settings when that was asked for.</summary>
public sealed record AssessAnswer(AssessPlan Plan, Assessment Assessment, Sensitivity? Robustness);
