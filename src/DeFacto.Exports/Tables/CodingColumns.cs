using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;

namespace DeFacto.Exports.Tables;

/// <summary>
/// The further codings of each observation beside its first coding, so the coder-level file keeps both:
/// who recoded it, what they coded, and how a disagreement was resolved. An observation coded more than
/// twice lists its further codings in coder order, separated by ' | '.
/// </summary>
internal static class CodingColumns
{
    public static TableSpec<Observation> WithCodings(this TableSpec<Observation> spec, Core.Dataset dataset)
    {
        var codings = dataset.Codings.ToLookup(c => c.Observation, StringComparer.Ordinal);
        IReadOnlyList<ObservationCoding> Of(Observation o) => codings[o.Id].OrderBy(c => c.Coder, StringComparer.Ordinal).ToList();
        return spec
            .Text("second_coder", "Who recoded the observation blind (a second coder; the first coder's name when it records their original value)", o => Cells.List(Of(o).Select(c => c.Coder).ToList()))
            .Text("second_value_text", "The recoded value as text: point, low–high, or category", o => Cells.List(Of(o).Select(c => c.Value.ToString()).ToList()))
            .Text("second_status", "The recoded status (in-place or pledged), when coded", o => Cells.List(Of(o).Select(c => c.Status is { } s ? Vocabulary.Name(s) : "").ToList()) is { } t && t.Trim(' ', '|').Length > 0 ? t : null)
            .Text("second_coded_on", "When the recoding was made", o => Cells.List(Of(o).Select(c => c.CodedOn.ToString()).ToList()))
            .Text("resolution_value_text", "The value a disagreement between the codings was settled on", o => Cells.List(Of(o).Where(c => c.Resolution is not null).Select(c => c.Resolution!.Value.ToString()).ToList()))
            .Text("resolution_reason", "Why the disagreement was settled so", o => Cells.List(Of(o).Where(c => c.Resolution is not null).Select(c => c.Resolution!.Reason).ToList()));
    }
}
