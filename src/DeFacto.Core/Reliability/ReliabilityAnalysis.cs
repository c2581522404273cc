using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Core.Reliability;

/// <summary>
/// Compares every recoded observation's codings: the first coding (the observation as its coder left
/// it, or that coder's original value when a coding records it) against each other coder's.
/// </summary>
public static class ReliabilityAnalysis
{
    /// <summary>The name a first coding goes by when its observation names no coder.</summary>
    public const string UnnamedCoder = "first-coder";

    public static ReliabilityReport Compute(Codebook codebook, IEnumerable<Observation> observations, IEnumerable<ObservationCoding> codings)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var byId = new Dictionary<string, Observation>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            byId.TryAdd(o.Id, o);
        }

        var notes = new List<string>();
        var units = new List<(Indicator Indicator, IReadOnlyList<double> Values)>();
        var disagreements = new List<Disagreement>();
        foreach (var group in codings.GroupBy(c => c.Observation, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!byId.TryGetValue(group.Key, out var observation) || codebook.FindIndicator(observation.Indicator) is not { } indicator)
            {
                notes.Add($"{group.Key}: no such observation in the evidence; its codings are left out");
                continue;
            }

            var firstCoder = observation.Coder ?? UnnamedCoder;
            var original = group.FirstOrDefault(c => string.Equals(c.Coder, firstCoder, StringComparison.Ordinal));
            var first = new CodedValue(firstCoder, original?.Value ?? observation.Value, original?.Status ?? observation.Status);
            var others = group.Where(c => !ReferenceEquals(c, original)).OrderBy(c => c.Coder, StringComparer.Ordinal).ToList();
            if (others.Count == 0)
            {
                continue;
            }

            var values = new List<double>();
            foreach (var value in new[] { first.Value }.Concat(others.Select(c => c.Value)))
            {
                if (ReliabilityMetric.Number(indicator, value) is { } number)
                {
                    values.Add(number);
                }
                else
                {
                    notes.Add($"{group.Key}: '{value}' is not a value of {indicator.Id}; that coding is left out");
                }
            }

            units.Add((indicator, values));
            foreach (var other in others)
            {
                var second = new CodedValue(other.Coder, other.Value, other.Status);
                var disagreement = new Disagreement(observation.Id, observation.Territory, indicator.Id, first, second, other.Resolution);
                if (disagreement.ValueDiffers || disagreement.StatusDiffers)
                {
                    disagreements.Add(disagreement);
                }
                else if (other.Resolution is not null && original is null)
                {
                    notes.Add($"{group.Key}: resolved, yet {other.Coder} now agrees with the evidence file; if the evidence was changed, " +
                        $"record {firstCoder}'s original value as a coding by {firstCoder} so that the comparison stays honest");
                }
            }
        }

        var perIndicator = codebook.Indicators
            .Select(i => (Indicator: i, Units: units.Where(u => ReferenceEquals(u.Indicator, i)).Select(u => u.Values).ToList()))
            .Where(x => x.Units.Count > 0)
            .Select(x => new IndicatorAgreement(x.Indicator.Id, ReliabilityMetric.For(x.Indicator), KrippendorffAlpha.Compute(x.Units, ReliabilityMetric.For(x.Indicator))))
            .ToList();
        var ordered = disagreements.OrderBy(d => d.Territory, StringComparer.Ordinal).ThenBy(d => d.Indicator, StringComparer.Ordinal)
            .ThenBy(d => d.Observation, StringComparer.Ordinal).ThenBy(d => d.Second.Coder, StringComparer.Ordinal).ToList();
        return new ReliabilityReport(Pool(perIndicator), perIndicator, ordered, notes);
    }

    /// <summary>
    /// The overall α pools the indicators' disagreement after measuring each in units of its own expected
    /// disagreement: D_o/D_e is free of the metric's scale (per cent squared, ranks, 0/1), so no indicator
    /// dominates by its units, and weighting by pairable values gives each coded value one vote. Pooling
    /// raw coincidences across indicators instead would count a currency category against a passport
    /// share as chance disagreement and inflate α. Indicators without variation (expected disagreement 0)
    /// carry no information about reliability and are left out, as α itself leaves them undefined.
    /// </summary>
    public static Agreement Pool(IReadOnlyList<IndicatorAgreement> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var informative = indicators.Select(i => i.Agreement).Where(a => a.Alpha is not null && a.Expected > 0).ToList();
        if (informative.Count == 0)
        {
            return Agreement.None with
            {
                Values = indicators.Sum(i => i.Agreement.Values),
                Units = indicators.Sum(i => i.Agreement.Units),
                Pairs = indicators.Sum(i => i.Agreement.Pairs),
            };
        }

        double weight = informative.Sum(a => a.Values);
        var observed = informative.Sum(a => a.Values * (a.Observed / a.Expected)) / weight;
        return new Agreement(1 - observed, observed, 1, informative.Sum(a => a.Values), informative.Sum(a => a.Units), informative.Sum(a => a.Pairs));
    }
}
