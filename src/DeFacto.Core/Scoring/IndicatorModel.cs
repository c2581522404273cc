using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Scoring;

/// <summary>
/// Draws one indicator's score. Each draw picks one observation of a group at random (so sources of
/// the same date that disagree each get their share), then its value within its range, or its
/// category — which, with the chance its qualifier leaves for error, falls back one anchor. On the
/// commitments basis the draw is the higher of practice and pledge: a pledge adds, it never undoes.
/// </summary>
internal sealed class IndicatorModel(Indicator indicator, Codebook codebook, Selection selection)
{
    private readonly PreparedObservation[] _inPlace = selection.InPlace.Select(o => PreparedObservation.Of(o, indicator, codebook)).ToArray();
    private readonly PreparedObservation[] _pledged = selection.Pledged.Select(o => PreparedObservation.Of(o, indicator, codebook)).ToArray();

    public Indicator Indicator => indicator;

    public Selection Selection => selection;

    public bool HasEvidence => !selection.IsEmpty;

    public double SampleScore(SeededRandom random)
    {
        var score = double.NaN;
        if (_inPlace.Length > 0)
        {
            score = SampleFrom(_inPlace, random);
        }

        if (_pledged.Length > 0)
        {
            var pledged = SampleFrom(_pledged, random);
            score = double.IsNaN(score) ? pledged : Math.Max(score, pledged);
        }

        return score;
    }

    /// <summary>The observations whose value is reported: on commitments, the group that scores higher.</summary>
    public IReadOnlyList<Observation> Governing()
    {
        if (selection.Pledged.Count == 0)
        {
            return selection.InPlace;
        }

        if (selection.InPlace.Count == 0)
        {
            return selection.Pledged;
        }

        return CentralScore(selection.Pledged) > CentralScore(selection.InPlace) ? selection.Pledged : selection.InPlace;
    }

    /// <summary>Draws a category: "yes" when any counted group says yes and the draw trusts it.</summary>
    public string? SampleCategory(SeededRandom random)
    {
        string? first = null;
        foreach (var group in new[] { _inPlace, _pledged })
        {
            if (group.Length == 0)
            {
                continue;
            }

            var observation = group[random.Next(group.Length)];
            var trusted = random.NextDouble() < observation.Reliability;
            if (observation.Category == "yes" && trusted)
            {
                return "yes";
            }

            first ??= observation.Category == "yes" ? "no" : observation.Category;
        }

        return first;
    }

    private double SampleFrom(PreparedObservation[] group, SeededRandom random)
    {
        var observation = group[random.Next(group.Length)];
        return indicator.IsNumeric
            ? indicator.Goalposts?.Score(observation.SampleValue(random)) ?? 0
            : observation.SampleCategoryScore(random);
    }

    private double CentralScore(IReadOnlyList<Observation> group) => group.Average(o =>
        indicator.IsNumeric
            ? indicator.Goalposts?.Score(NumericRange.Of(o, indicator, codebook).Centre) ?? 0
            : indicator.FindAnchor(o.Value.Category ?? "")?.Score ?? 0);
}
