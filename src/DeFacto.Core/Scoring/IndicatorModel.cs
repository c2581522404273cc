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
    public Indicator Indicator => indicator;

    public Selection Selection => selection;

    public bool HasEvidence => !selection.IsEmpty;

    public double SampleScore(SeededRandom random)
    {
        var score = double.NaN;
        if (selection.InPlace.Count > 0)
        {
            score = SampleFrom(selection.InPlace, random);
        }

        if (selection.Pledged.Count > 0)
        {
            var pledged = SampleFrom(selection.Pledged, random);
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
        foreach (var group in new[] { selection.InPlace, selection.Pledged })
        {
            if (group.Count == 0)
            {
                continue;
            }

            var observation = group[random.Next(group.Count)];
            var category = observation.Value.Category;
            var trusted = random.NextDouble() < codebook.UncertaintyOf(observation.Qualifier).CategoryReliability;
            if (category == "yes" && trusted)
            {
                return category;
            }

            first ??= category == "yes" ? "no" : category;
        }

        return first;
    }

    private double SampleFrom(IReadOnlyList<Observation> group, SeededRandom random)
    {
        var observation = group[random.Next(group.Count)];
        if (indicator.IsNumeric)
        {
            var value = NumericRange.Of(observation, indicator, codebook).Sample(random);
            return indicator.Goalposts?.Score(value) ?? 0;
        }

        var anchor = indicator.FindAnchor(observation.Value.Category ?? "");
        if (anchor?.Score is not { } score)
        {
            return double.NaN;
        }

        var reliability = codebook.UncertaintyOf(observation.Qualifier).CategoryReliability;
        if (random.NextDouble() < reliability)
        {
            return score;
        }

        return indicator.AnchorBelow(anchor)?.Score ?? score;
    }

    private double CentralScore(IReadOnlyList<Observation> group) => group.Average(o =>
        indicator.IsNumeric
            ? indicator.Goalposts?.Score(NumericRange.Of(o, indicator, codebook).Centre) ?? 0
            : indicator.FindAnchor(o.Value.Category ?? "")?.Score ?? 0);
}
