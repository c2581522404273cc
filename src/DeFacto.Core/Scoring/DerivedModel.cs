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
        var drawn = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, (indicator, group)) in _inputs)
        {
            var observation = group[random.Next(group.Count)];
            drawn[id] = NumericRange.Of(observation, indicator, _codebook).Sample(random);
        }

        return Compute(id => drawn.GetValueOrDefault(id));
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
