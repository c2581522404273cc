using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;

namespace DeFacto.Core.History;

/// <summary>Territories side by side at one date, each with its gap to a formally annexed reference.</summary>
public sealed record Comparison(DateOnly AsOf, Basis Basis, Assessment Reference, IReadOnlyList<Assessment> Assessments, IReadOnlyList<AnnexationGap> Gaps, IReadOnlyList<string> Notes)
{
    public static Comparison Build(Assessor assessor, Ledger ledger, IReadOnlyList<string> territories, string reference, DateOnly asOf, Basis basis, int draws, ulong seed, PledgeCounting pledges = PledgeCounting.FromEntryIntoForce)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(ledger);
        var notes = new List<string>();
        Assessment At(string t, DateOnly d) => assessor.Assess(new AssessmentRequest(t, d, basis, draws, seed) { Pledges = pledges });

        // The reference stands for formal annexation: before its incorporation, use it as of the first day it was incorporated.
        var referenceDate = asOf;
        var referenceAssessment = At(reference, asOf);
        if (referenceAssessment.Stage != Stage.DeJureAnnexation)
        {
            var incorporated = ledger.ObservationsOf(reference)
                .Where(o => o.Indicator == Assessor.IncorporationIndicator && o.Value.Category == "yes")
                .Select(o => o.AsOf.Start)
                .Order()
                .FirstOrDefault();
            if (incorporated != default && incorporated > asOf)
            {
                referenceDate = incorporated;
                referenceAssessment = At(reference, referenceDate);
                notes.Add($"{reference} was not yet formally annexed on {asOf:yyyy-MM-dd}; it is used as of {referenceDate:yyyy-MM-dd}");
            }
            else
            {
                notes.Add($"{reference} is not formally annexed on {asOf:yyyy-MM-dd}: the gaps measure distance to it, not to annexation");
            }
        }

        var assessments = territories.Select(t => At(t, asOf)).ToList();
        var gaps = assessments.Select(a => AnnexationGap.Between(a, referenceAssessment)).ToList();
        return new Comparison(asOf, basis, referenceAssessment, assessments, gaps, notes);
    }
}
