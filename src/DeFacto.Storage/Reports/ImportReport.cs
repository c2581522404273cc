namespace DeFacto.Storage.Reports;

/// <summary>What an import did, kind by kind.</summary>
public sealed record ImportReport(IReadOnlyList<KindCounts> Kinds)
{
    public int Added => Kinds.Sum(k => k.Added);

    public int Changed => Kinds.Sum(k => k.Changed);

    public int Unchanged => Kinds.Sum(k => k.Unchanged);

    public bool ChangedAnything => Kinds.Any(k => k.Any);

    public string Describe() => ChangedAnything
        ? string.Join(", ", Kinds.Where(k => k.Any).Select(k => $"{k.Kind}: {k.Added} added, {k.Changed} changed")) + $"; {Unchanged} unchanged"
        : $"nothing changed ({Unchanged} records already in the ledger)";
}
