using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Releases;

/// <summary>An observation added, removed or corrected between two releases, matched by id.</summary>
public sealed record ObservationChange(string Id, ChangeKind Kind, Observation? Before, Observation? After, IReadOnlyList<string> Fields)
{
    public Observation Current => After ?? Before!;

    public string Territory => Current.Territory;

    /// <summary>The earliest day either version of the observation counts from.</summary>
    public DateOnly EffectiveFrom =>
        new[] { Before?.AsOf.Start, After?.AsOf.Start }.OfType<DateOnly>().Min();

    /// <summary>True when the change can move an assessment on <paramref name="basis"/> at <paramref name="asOf"/>.</summary>
    public bool Affects(string basis, DateOnly asOf) =>
        EffectiveFrom <= asOf
        && (basis != "practice" || Before?.Status == EvidenceStatus.InPlace || After?.Status == EvidenceStatus.InPlace);

    public string Describe() => Kind switch
    {
        ChangeKind.Added => $"+ {Id} added ({After!.Indicator} = {After.Value}, {Vocabulary.Name(After.Status)}, {After.AsOf}, {After.Source})",
        ChangeKind.Removed => $"- {Id} removed (was {Before!.Indicator} = {Before.Value}, {Before.AsOf})",
        _ => $"~ {Id} corrected: {string.Join("; ", Fields.Select(f => $"{f} {Field(Before!, f)} → {Field(After!, f)}"))}",
    };

    private static string Field(Observation o, string field) => field switch
    {
        "value" => o.Value.ToString(),
        "unit" => o.Unit ?? "—",
        "qualifier" => o.Qualifier ?? "stated",
        "status" => Vocabulary.Name(o.Status),
        "as_of" => o.AsOf.ToString(),
        "source" => o.Source,
        "indicator" => o.Indicator,
        "territory" => o.Territory,
        "confidence" => o.Confidence.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        "coder" => o.Coder ?? "—",
        "locator" => $"\"{o.Locator}\"",
        "quote" => $"\"{o.Quote}\"",
        "note" => $"\"{o.Note}\"",
        _ => o.Provision ?? "—",
    };
}
