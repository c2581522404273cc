using DeFacto.Core.Evidence;
using DeFacto.Storage.Candidates;

namespace DeFacto.Analysis.Ingesting;

/// <summary>What makes two candidates the same finding: the same span of the same document, read as the same fact.</summary>
internal readonly record struct CandidateKey(string Document, int SpanStart, int SpanLength, string Indicator, string Territory, ObservedValue Value)
{
    public static CandidateKey Of(NewCandidate c) => new(c.DocumentName, c.SpanStart, c.SpanLength, c.Indicator, c.Territory, c.Value);
}
