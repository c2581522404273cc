using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Panel;

/// <summary>One territory in one year on one basis, with the core's assessment of it.</summary>
public sealed record PanelRow(Place Territory, int Year, Assessment Assessment)
{
    public Basis Basis => Assessment.Basis;

    public DateOnly AsOf => Assessment.AsOf;

    /// <summary>The distinct observations the assessment rests on: for every indicator, the latest
    /// evidence on or before the date that counts on this basis.</summary>
    public int ObservationCount =>
        Assessment.Indicators.Concat(Assessment.Auxiliary).Concat(Assessment.Status)
            .SelectMany(i => i.Observations).Select(o => o.Id).Distinct(StringComparer.Ordinal).Count();
}
