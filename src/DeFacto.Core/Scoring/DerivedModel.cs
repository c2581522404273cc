using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// A derived indicator, computed each draw from its inputs' drawn values, so that the inputs'
/// uncertainty carries through: (troops + border guards) ÷ (residents + troops + border guards).
/// Numerator inputs without evidence count as zero (and are reported); a missing denominator leaves
/// the indicator unevidenced.
/// </summary>
internal sealed class DerivedModel
{
    private readonly Codebook _codebook;
    private readonly Derivation _derivation;
    private readonly Dictionary<string, (Indicator Indicator, IReadOnlyList<Observation> Group)> _inputs = new(StringComparer.Ordinal);
    private readonly List<(bool Numerator, bool Denominator, PreparedObservation[] Group)> _prepared = [];

    public DerivedModel(Indicator indicator, Codebook codebook, Func<string, Selection> select)
    {
        Indicator = indicator;
        _codebook = codebook;
        _derivation = indicator.Derivation ?? throw new ArgumentException($"{indicator.Id} has no derivation", nameof(indicator));
        foreach (var id in _derivation.Inputs)
        {
            var input = codebook.FindIndicator(id);
            var group = select(id).Latest;
            if (input is not null && group.Count > 0)
            {
                _inputs[id] = (input, group);
            }
            else
            {
                Missing.Add(id);
            }
        }

        foreach (var (id, (input, group)) in _inputs)
        {
            _prepared.Add((_derivation.Numerator.Contains(id), _derivation.Denominator.Contains(id) && !_derivation.Numerator.Contains(id),
                group.Select(o => PreparedObservation.Of(o, input, codebook)).ToArray()));
        }
    }

    public Indicator Indicator { get; }

    public List<string> Missing { get; } = [];

    public bool HasEvidence =>
        _derivation.Denominator.All(_inputs.ContainsKey) && _derivation.Numerator.Any(_inputs.ContainsKey);

    public IEnumerable<Observation> Observations => _inputs.Values.SelectMany(v => v.Group);

    /// <summary>The ratio at its inputs' ends: lowest numerators over highest denominators, and the reverse.</summary>
    public NumericRange Range()
    {
        var ranges = _inputs.ToDictionary(kv => kv.Key, kv => NumericRange.Envelope(kv.Value.Group.Select(o => NumericRange.Of(o, kv.Value.Indicator, _codebook)).ToList()), StringComparer.Ordinal);
        var point = Compute(id => ranges.TryGetValue(id, out var r) ? r.Centre : 0);
        var low = Compute(id => ranges.TryGetValue(id, out var r) ? (_derivation.Numerator.Contains(id) ? r.Low : r.High) : 0);
        var high = Compute(id => ranges.TryGetValue(id, out var r) ? (_derivation.Numerator.Contains(id) ? r.High : r.Low) : 0);
        return new NumericRange(point, Math.Min(low, high), Math.Max(low, high));
    }

    public double SampleValue(SeededRandom random)
    {
        double numerator = 0, denominator = 0;
        foreach (var (isNumerator, isDenominator, group) in _prepared)
        {
            var value = group[random.Next(group.Length)].SampleValue(random);
            numerator += isNumerator ? value : 0;
            denominator += isDenominator ? value : 0;
        }

        denominator += _derivation.NumeratorInDenominator ? numerator : 0;
        return denominator <= 0 ? 0 : numerator / denominator;
    }

    public double SampleScore(SeededRandom random) => Indicator.Goalposts?.Score(SampleValue(random)) ?? 0;

    private double Compute(Func<string, double> valueOf)
    {
        var numerator = _derivation.Numerator.Sum(valueOf);
        var denominator = _derivation.Denominator.Where(id => !_derivation.Numerator.Contains(id)).Sum(valueOf)
            + (_derivation.NumeratorInDenominator ? numerator : 0);
        return denominator <= 0 ? 0 : numerator / denominator;
    }
}
