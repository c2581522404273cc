namespace DeFacto.Storage.Reports;

/// <summary>What merging the bundled dataset did; <see cref="UpToDate"/> when the bundle was already merged.</summary>
public sealed record MergeReport(bool UpToDate, bool Created, string BundleHash, IReadOnlyList<KindCounts> Kinds)
{
    public int Added => Kinds.Sum(k => k.Added);

    public int Changed => Kinds.Sum(k => k.Changed);

    public int Removed => Kinds.Sum(k => k.Removed);

    public int KeptUser => Kinds.Sum(k => k.KeptUser);

    public string Describe()
    {
        if (UpToDate)
        {
            return "the bundled dataset is already merged";
        }

        var parts = Kinds.Where(k => k.Any).Select(k => $"{k.Kind} +{k.Added} ~{k.Changed} -{k.Removed}").ToList();
        var kept = KeptUser > 0 ? $"; kept {KeptUser} of your own edits of bundled records" : "";
        return $"{Added} added, {Changed} changed, {Removed} removed" + (parts.Count > 0 ? $" ({string.Join(", ", parts)})" : "") + kept;
    }
}
