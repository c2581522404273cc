namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class ObservationRow : ProvenanceRow
{
    public string Territory { get; set; } = "";

    public string Indicator { get; set; } = "";

    public double? ValuePoint { get; set; }

    public double? ValueLow { get; set; }

    public double? ValueHigh { get; set; }

    public string? Category { get; set; }

    public string? Unit { get; set; }

    public string? Qualifier { get; set; }

    public string Status { get; set; } = "";

    public string AsOf { get; set; } = "";

    public string SourceId { get; set; } = "";

    public string Locator { get; set; } = "";

    public string? Quote { get; set; }

    public double Confidence { get; set; }

    public string? Note { get; set; }

    public string? Since { get; set; }
}
#pragma warning restore CA1812
