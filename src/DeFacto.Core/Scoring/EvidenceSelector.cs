using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Scoring;

/// <summary>
/// Chooses, for each indicator of one territory at one date, the evidence a draw may use: in-place
/// observations by their period and age, and on the commitments basis the pledges that count by then
/// (DESIGN.md §5, point 7): a treaty's provisions from its entry into force, or from its signature when
/// pledges are counted from signature; a pledge coded without a treaty from its own date.
/// </summary>
internal sealed class EvidenceSelector
{
    private readonly Codebook _codebook;
    private readonly ILookup<string, Observation> _byIndicator;
    private readonly EvidenceClock _clock;
    private readonly AssessmentRequest _request;

    public EvidenceSelector(Codebook codebook, IEnumerable<Observation> territoryObservations, EvidenceClock clock, AssessmentRequest request)
    {
        _codebook = codebook;
        _byIndicator = territoryObservations.ToLookup(o => o.Indicator, StringComparer.Ordinal);
        _clock = clock;
        _request = request;
    }

    public EvidenceClock Clock => _clock;

    /// <summary>Treaty pledges signed by the date that do not count because the treaty is not (known to be) in force.</summary>
    public List<Observation> NotInForce { get; } = [];

    public IEnumerable<Observation> All => _byIndicator.SelectMany(g => g);

    public IndicatorEvidence Select(Indicator indicator)
    {
        var observations = _byIndicator[indicator.Id];
        var practice = EvidencePool.Build(observations.Where(o => o.Status == EvidenceStatus.InPlace), indicator, _codebook, _clock,
            o => o.AttestsFrom, o => o.AsOf.End, _ => true);
        if (_request.Basis != Basis.Commitments)
        {
            return new IndicatorEvidence(practice, EvidencePool.Empty(indicator, _codebook), new Dictionary<string, DateOnly>());
        }

        var countsFrom = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var pledge in observations.Where(o => o.Status == EvidenceStatus.Pledged))
        {
            var from = CountsFrom(pledge);
            if (from is { } f)
            {
                countsFrom[pledge.Id] = f;
            }

            if ((from is null || from > _clock.AsOf) && pledge.SignedOn is { } signed && signed.Start <= _clock.AsOf && !NotInForce.Contains(pledge))
            {
                NotInForce.Add(pledge);
            }
        }

        var pledges = EvidencePool.Build(observations.Where(o => countsFrom.ContainsKey(o.Id)), indicator, _codebook, _clock,
            o => countsFrom[o.Id], o => IsTreatyPledge(o) ? countsFrom[o.Id] : o.AsOf.End, o => !IsTreatyPledge(o));
        return new IndicatorEvidence(practice, pledges, countsFrom);
    }

    /// <summary>Whether a pledge is in force at the date: a treaty pledge once its treaty is, any other from its date.</summary>
    public bool InForce(Observation pledge) =>
        IsTreatyPledge(pledge) ? pledge.InForceOn is { } f && f.Start <= _clock.AsOf : pledge.AsOf.Start <= _clock.AsOf;

    private DateOnly? CountsFrom(Observation pledge)
    {
        if (!IsTreatyPledge(pledge))
        {
            return pledge.AsOf.Start;
        }

        var from = _request.Pledges == PledgeCounting.FromSignature ? pledge.SignedOn ?? pledge.InForceOn : pledge.InForceOn;
        return from?.Start;
    }

    private static bool IsTreatyPledge(Observation o) => o.SignedOn is not null || o.InForceOn is not null;
}
