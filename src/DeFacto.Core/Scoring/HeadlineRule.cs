using DeFacto.Core.Coding;
using DeFacto.Core.Registry;

namespace DeFacto.Core.Scoring;

/// <summary>
/// The headline stage, in the order of DESIGN.md §5, point 6: not-assessable outside the territory's
/// contested existence; de jure annexation when incorporation is in force; insufficient evidence with
/// too few currently evidenced domains; the functional stage when probable enough; else indeterminate,
/// naming the two most probable functional stages.
/// </summary>
public static class HeadlineRule
{
    public static (Stage Stage, Verdict Verdict) Decide(Place? place, DateOnly asOf, FormalStatus formal, FunctionalView functional, int currentDomains, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(formal);
        ArgumentNullException.ThrowIfNull(functional);
        ArgumentNullException.ThrowIfNull(codebook);
        var ranked = functional.Ranked;
        var leading = functional.ProbabilityOf(ranked[0]);
        Verdict Make(VerdictReason reason, IReadOnlyList<Stage> alternatives, DateOnly? date = null) => new(reason, alternatives)
        {
            LeadingProbability = leading,
            CurrentDomains = currentDomains,
            RequiredDomains = codebook.MinCurrentDomains,
            RequiredProbability = codebook.MinStageProbability,
            Date = date,
        };

        if (place?.Since is { } since && asOf < since.Start)
        {
            return (Stage.NotAssessable, Make(VerdictReason.BeforeContestedExistence, [], since.Start));
        }

        if (place?.Until is { } until && asOf >= until.Start)
        {
            return (Stage.NotAssessable, Make(VerdictReason.AfterContestedExistence, [], until.Start));
        }

        if (formal.Incorporated)
        {
            return (Stage.DeJureAnnexation, Make(VerdictReason.Incorporated, [], formal.IncorporatedOn));
        }

        if (currentDomains < codebook.MinCurrentDomains)
        {
            return (Stage.InsufficientEvidence, Make(VerdictReason.TooFewCurrentDomains, ranked.Take(2).ToList()));
        }

        if (functional.Stage is { } stage)
        {
            return (stage, Make(VerdictReason.ProbableStage, []));
        }

        return (Stage.Indeterminate, Make(VerdictReason.NoProbableStage, ranked.Take(2).ToList()));
    }
}
