using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Releases;

/// <summary>Compares observations field by field and names the fields that differ (records compare their lists by reference).</summary>
public sealed class ObservationComparer : IEqualityComparer<Observation>
{
    public static ObservationComparer Instance { get; } = new();

    public static IReadOnlyList<string> Differences(Observation before, Observation after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var fields = new List<string>();
        void Check(string name, object? a, object? b)
        {
            if (!Equals(a, b))
            {
                fields.Add(name);
            }
        }

        Check("territory", before.Territory, after.Territory);
        Check("indicator", before.Indicator, after.Indicator);
        Check("value", before.Value, after.Value);
        Check("unit", before.Unit, after.Unit);
        Check("qualifier", before.Qualifier, after.Qualifier);
        Check("status", before.Status, after.Status);
        Check("as_of", before.AsOf, after.AsOf);
        Check("source", before.Source, after.Source);
        Check("locator", before.Locator, after.Locator);
        Check("quote", before.Quote, after.Quote);
        Check("coder", before.Coder, after.Coder);
        Check("confidence", before.Confidence, after.Confidence);
        Check("note", before.Note, after.Note);
        Check("provision", before.Provision, after.Provision);
        return fields;
    }

    public bool Equals(Observation? x, Observation? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Differences(x, y).Count == 0 && x.Id == y.Id);

    public int GetHashCode(Observation obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
}
