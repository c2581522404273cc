using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// A derived indicator, computed each draw from its inputs' drawn values, so that the inputs'
/// uncertainty carries through: (troops + border guards) ÷ (residents + troops + border guards).
/// Each input uses its in-place pool (its pledged pool when it has no practice: a pledge does not
/// raise a count). Numerator inputs without evidence count as zero (and are reported); a missing
/// denominator leaves the indicator unevidenced. A draw in which an input falls back to the prior
/// gives NaN, like any indicator whose evidence the draw ignores.
/// </summary>
internal sealed class DerivedModel
{
    private readonly Codebook _codebook;
    private readonly Derivation _derivation;
    private readonly Dictionary<string, (Indicator Indicator, EvidencePool Pool)> _inputs = new(StringComparer.Ordinal);
    private readonly List<(bool Numerator, bool Denominator, EvidencePool Pool)> _draws = [];

    public DerivedModel(Indicator indicator, Codebook codebook, Func<Indicator, IndicatorEvidence> select)
    {
        Indicator = indicator;
        _codebook = codebook;
        _derivation = indicator.Derivation ?? throw new ArgumentException($"{indicator.Id} has no derivation", nameof(indicator));
        foreach (var id in _derivation.Inputs)
        {
            var input = codebook.FindIndicator(id);
            var evidence = input is null ? null : select(input);
            var pool = evidence is null ? null : !evidence.Practice.IsEmpty ? evidence.Practice : evidence.Pledges;
            if (input is not null && pool is { IsEmpty: false })
            {
                _inputs[id] = (input, pool);
            }
            else
            {
                Missing.Add(id);
            }
        }

        foreach (var (id, (_, pool)) in _inputs)
        {
            _draws.Add((_derivation.Numerator.Contains(id), _derivation.Denominator.Contains(id) && !_derivation.Numerator.Contains(id), pool));
        }
    }

    public Indicator Indicator { get; }

    public List<string> Missing { get; } = [];

    public bool HasEvidence =>
        _derivation.Denominator.All(_inputs.ContainsKey) && _derivation.Numerator.Any(_inputs.ContainsKey);

    public bool IsCurrent => HasEvidence && _inputs.Values.All(v => v.Pool.IsCurrent);

    public IEnumerable<Observation> Observations => _inputs.Values.SelectMany(v => v.Pool.Members);

    public IReadOnlySet<string> Ageing => _inputs.Values.SelectMany(v => v.Pool.Ageing).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The ratio at its inputs' ends: lowest numerators over highest denominators, and the reverse.</summary>
    public NumericRange Range()
    {
        var ranges = _inputs.ToDictionary(kv => kv.Key, kv => NumericRange.Envelope(kv.Value.Pool.Members.Select(o => NumericRange.Of(o, kv.Value.Indicator, _codebook)).ToList()), StringComparer.Ordinal);
        var point = Compute(id => ranges.TryGetValue(id, out var r) ? r.Centre : 0);
        var low = Compute(id => ranges.TryGetValue(id, out var r) ? (_derivation.Numerator.Contains(id) ? r.Low : r.High) : 0);
        var high = Compute(id => ranges.TryGetValue(id, out var r) ? (_derivation.Numerator.Contains(id) ? r.High : r.Low) : 0);
        return new NumericRange(point, Math.Min(low, high), Math.Max(low, high));
    }

    public Holder HeldBy => HasEvidence ? Indicator.HolderAtScore(Indicator.Goalposts?.Score(Range().Centre) ?? double.NaN) : Holder.Unknown;

    public double SampleValue(SeededRandom random)
    {
        double numerator = 0, denominator = 0;
        var usable = true;
        foreach (var (isNumerator, isDenominator, pool) in _draws)
        {
            var value = pool.SampleValue(random);
            if (double.IsNaN(value))
            {
                usable = false;
                continue;
            }

            numerator += isNumerator ? value : 0;
            denominator += isDenominator ? value : 0;
        }

        if (!usable)
        {
            return double.NaN;
        }

        denominator += _derivation.NumeratorInDenominator ? numerator : 0;
        return denominator <= 0 ? 0 : numerator / denominator;
    }

    public double SampleScore(SeededRandom random) =>
        SampleValue(random) is var v && double.IsNaN(v) ? double.NaN : Indicator.Goalposts?.Score(v) ?? 0;

    private double Compute(Func<string, double> valueOf)
    {
        var numerator = _derivation.Numerator.Sum(valueOf);
        var denominator = _derivation.Denominator.Where(id => !_derivation.Numerator.Contains(id)).Sum(valueOf)
            + (_derivation.NumeratorInDenominator ? numerator : 0);
        return denominator <= 0 ? 0 : numerator / denominator;
    }
}
