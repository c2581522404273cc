using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// Draws one indicator's score from its evidence pools. On the commitments basis the draw is the
/// higher of practice and pledge: a pledge adds, it never undoes. A draw in which neither pool has
/// usable evidence gives NaN, and the domain goes without this indicator in that draw.
/// </summary>
internal sealed class IndicatorModel(Indicator indicator, Codebook codebook, IndicatorEvidence evidence)
{
    public Indicator Indicator => indicator;

    public IndicatorEvidence Evidence => evidence;

    public bool HasEvidence => evidence.HasEvidence;

    public bool IsCurrent => evidence.IsCurrent;

    public double SampleScore(SeededRandom random)
    {
        var practice = evidence.Practice.SampleScore(random);
        var pledged = evidence.Pledges.SampleScore(random);
        return double.IsNaN(practice) ? pledged : double.IsNaN(pledged) ? practice : Math.Max(practice, pledged);
    }

    /// <summary>The pool whose value is reported: on commitments, the one that scores higher.</summary>
    public EvidencePool Governing()
    {
        if (evidence.Pledges.IsEmpty)
        {
            return evidence.Practice;
        }

        if (evidence.Practice.IsEmpty)
        {
            return evidence.Pledges;
        }

        return evidence.Pledges.CentralScore(codebook) > evidence.Practice.CentralScore(codebook) ? evidence.Pledges : evidence.Practice;
    }

    public Holder HeldBy => Governing().Holder(codebook);

    /// <summary>Each counted pledge, and whether practice has met it at the date.</summary>
    public IReadOnlyList<PledgeResult> Pledges(EvidenceSelector selector)
    {
        var practice = evidence.Practice.CentralScore(codebook);
        var asOf = selector.Clock.AsOf;
        return evidence.Pledges.Members.Select(p =>
        {
            var inForce = selector.InForce(p);
            var inForceOn = p.InForceOn?.Start ?? (p.SignedOn is null ? p.AsOf.Start : (DateOnly?)null);
            var target = EvidencePool.CentralScoreOf(p, indicator, codebook);
            Implementation implementation;
            if (!double.IsNaN(practice) && practice >= target - 1e-9)
            {
                implementation = Implementation.Implemented;
            }
            else if (!inForce || inForceOn is not { } since || asOf < since.AddDays((int)Math.Round(codebook.PledgeGraceYears * 365.25))
                     || !evidence.Practice.IsCurrent)
            {
                implementation = Implementation.Pending;
            }
            else
            {
                implementation = Implementation.Unfulfilled;
            }

            return new PledgeResult(p, evidence.PledgeCountsFrom[p.Id], inForce, implementation);
        }).ToList();
    }

    /// <summary>The reported value: the envelope of the governing pool's ranges, or its leading category.</summary>
    public ValueSummary? Value()
    {
        var governing = Governing();
        if (governing.IsEmpty)
        {
            return null;
        }

        if (indicator.IsNumeric)
        {
            var range = NumericRange.Envelope(governing.Members.Select(o => NumericRange.Of(o, indicator, codebook)).ToList());
            return new ValueSummary(range.Point, range.Low, range.High, null, indicator.Unit);
        }

        return new ValueSummary(null, null, null, governing.Members[0].Value.Category, indicator.Unit);
    }

    public IReadOnlySet<string> Ageing() =>
        evidence.Practice.Ageing.Concat(evidence.Pledges.Ageing).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
}
