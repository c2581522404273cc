namespace DeFacto.Core.Scoring;

/// <summary>What one indicator is assessed on at a date: the pool of practice, and on the commitments
/// basis the pool of pledges that count by then.</summary>
internal sealed record IndicatorEvidence(EvidencePool Practice, EvidencePool Pledges, IReadOnlyDictionary<string, DateOnly> PledgeCountsFrom)
{
    public bool HasEvidence => !Practice.IsEmpty || !Pledges.IsEmpty;

    public bool IsCurrent => Practice.IsCurrent || Pledges.IsCurrent;

    public IEnumerable<Evidence.Observation> Members => Practice.Members.Concat(Pledges.Members);
}
