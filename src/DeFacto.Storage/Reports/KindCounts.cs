namespace DeFacto.Storage.Reports;

/// <summary>How many records of one kind an import or merge added, changed, removed, or left alone.</summary>
public sealed record KindCounts(string Kind, int Added, int Changed, int Removed, int Unchanged, int KeptUser)
{
    public bool Any => Added + Changed + Removed > 0;
}
