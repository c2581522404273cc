using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// The observations of one indicator and one status (in place, or pledged) that a draw may take
/// (DESIGN.md §5, point 4): those that still speak for the date, pooled over one period. Each draw
/// takes one with odds set by its qualifier's reliability, then, with the probability its age gives,
/// ignores it (falls back). Disagreeing sources of the same period therefore widen the interval
/// instead of the newest silently winning; a later period supersedes an earlier one, since a change
/// over time is not a disagreement.
/// </summary>
internal sealed class EvidencePool
{
    /// <summary>Observations whose periods end within this long of the reference date are pooled.</summary>
    private const int PoolingWindowYears = 1;

    private readonly Indicator _indicator;
    private readonly PreparedObservation[] _prepared;
    private readonly double[] _cumulative;
    private readonly double[] _fallback;

    private EvidencePool(Indicator indicator, Codebook codebook, List<(Observation Observation, double Fallback)> members, IReadOnlyList<(Observation, Event)> ended)
    {
        _indicator = indicator;
        Members = members.Select(m => m.Observation).ToList();
        _prepared = Members.Select(o => PreparedObservation.Of(o, indicator, codebook)).ToArray();
        _fallback = members.Select(m => m.Fallback).ToArray();
        _cumulative = new double[_prepared.Length];
        var total = 0.0;
        for (var i = 0; i < _prepared.Length; i++)
        {
            total += Math.Max(_prepared[i].Reliability, 1e-6);
            _cumulative[i] = total;
        }

        Ended = ended;
    }

    public static EvidencePool Empty(Indicator indicator, Codebook codebook) => new(indicator, codebook, [], []);

    /// <summary>The observations a draw may take.</summary>
    public IReadOnlyList<Observation> Members { get; }

    /// <summary>Observations ended by an event, with the event.</summary>
    public IReadOnlyList<(Observation Observation, Event Event)> Ended { get; }

    public bool IsEmpty => Members.Count == 0;

    /// <summary>At least one member is fully current (no fallback).</summary>
    public bool IsCurrent => _fallback.Any(f => f == 0);

    public IEnumerable<Observation> Ageing => Members.Where((_, i) => _fallback[i] > 0);

    /// <summary>
    /// Builds the pool. <paramref name="start"/> and <paramref name="end"/> give the period each
    /// observation attests; <paramref name="ages"/> says whether it ages after its end (treaty pledges
    /// in force do not: they bind until revoked).
    /// </summary>
    public static EvidencePool Build(IEnumerable<Observation> observations, Indicator indicator, Codebook codebook, EvidenceClock clock,
        Func<Observation, DateOnly> start, Func<Observation, DateOnly> end, Func<Observation, bool> ages)
    {
        var candidates = new List<(Observation Observation, double Fallback)>();
        var ended = new List<(Observation, Event)>();
        foreach (var o in observations)
        {
            if (start(o) > clock.AsOf)
            {
                continue;
            }

            if (clock.EndedBy(o, indicator.Domain) is { } e)
            {
                ended.Add((o, e));
                continue;
            }

            var fallback = ages(o) ? clock.FallbackProbability(end(o)) : 0;
            if (fallback < 1)
            {
                candidates.Add((o, fallback));
            }
        }

        if (candidates.Count == 0)
        {
            return new EvidencePool(indicator, codebook, [], ended);
        }

        // The reference is the date itself when some observation attests it, else the newest period's end.
        var reference = candidates.Any(c => end(c.Observation) >= clock.AsOf) ? clock.AsOf : candidates.Max(c => end(c.Observation));
        var from = reference.AddYears(-PoolingWindowYears);
        var members = candidates.Where(c => end(c.Observation) >= from)
            .OrderByDescending(c => end(c.Observation))
            .ThenByDescending(c => c.Observation.Confidence)
            .ThenBy(c => c.Observation.Id, StringComparer.Ordinal)
            .ToList();
        return new EvidencePool(indicator, codebook, members, ended);
    }

    /// <summary>One draw's score, or NaN when the pool is empty or the draw falls back to the prior.</summary>
    public double SampleScore(SeededRandom random)
    {
        if (_prepared.Length == 0)
        {
            return double.NaN;
        }

        var i = Pick(random);
        if (_fallback[i] > 0 && random.NextDouble() < _fallback[i])
        {
            return double.NaN;
        }

        var o = _prepared[i];
        return _indicator.IsNumeric
            ? _indicator.Goalposts?.Score(o.SampleValue(random)) ?? 0
            : o.SampleCategoryScore(random);
    }

    /// <summary>One draw's value (for inputs of derived indicators), or NaN as for <see cref="SampleScore"/>.</summary>
    public double SampleValue(SeededRandom random)
    {
        if (_prepared.Length == 0)
        {
            return double.NaN;
        }

        var i = Pick(random);
        return _fallback[i] > 0 && random.NextDouble() < _fallback[i] ? double.NaN : _prepared[i].SampleValue(random);
    }

    /// <summary>The pool's central score: the reliability-weighted mean of its members' central scores.</summary>
    public double CentralScore(Codebook codebook)
    {
        if (_prepared.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0, weight = 0;
        for (var i = 0; i < _prepared.Length; i++)
        {
            var score = _indicator.IsNumeric
                ? _indicator.Goalposts?.Score(_prepared[i].Range.Centre) ?? 0
                : _prepared[i].Score;
            if (!double.IsNaN(score))
            {
                var w = Math.Max(_prepared[i].Reliability, 1e-6);
                sum += score * w;
                weight += w;
            }
        }

        return weight > 0 ? sum / weight : double.NaN;
    }

    /// <summary>The holder the pool names: the reliability-weighted majority of its categories' holders
    /// (shared when none has a majority), or, for numbers, the holder at its central score.</summary>
    public Holder Holder(Codebook codebook)
    {
        if (_prepared.Length == 0)
        {
            return Coding.Holder.Unknown;
        }

        if (_indicator.IsNumeric)
        {
            return _indicator.HolderAtScore(CentralScore(codebook));
        }

        var weights = new Dictionary<Holder, double>();
        var total = 0.0;
        for (var i = 0; i < _prepared.Length; i++)
        {
            var holder = _indicator.FindAnchor(_prepared[i].Category ?? "")?.Holder ?? Coding.Holder.Unknown;
            if (holder == Coding.Holder.Unknown)
            {
                continue;
            }

            var w = Math.Max(_prepared[i].Reliability, 1e-6);
            weights[holder] = weights.GetValueOrDefault(holder) + w;
            total += w;
        }

        if (total == 0)
        {
            return Coding.Holder.Unknown;
        }

        var (top, topWeight) = weights.MaxBy(kv => kv.Value);
        return topWeight > total / 2 ? top : Coding.Holder.Shared;
    }

    /// <summary>The central score of one observation: its category's anchor, or its value's centre between the goalposts.</summary>
    public static double CentralScoreOf(Observation o, Indicator indicator, Codebook codebook) => indicator.IsNumeric
        ? indicator.Goalposts?.Score(NumericRange.Of(o, indicator, codebook).Centre) ?? 0
        : indicator.FindAnchor(o.Value.Category ?? "")?.Score ?? double.NaN;

    private int Pick(SeededRandom random)
    {
        if (_prepared.Length == 1)
        {
            random.NextDouble();
            return 0;
        }

        var u = random.NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i])
            {
                return i;
            }
        }

        return _cumulative.Length - 1;
    }
}
