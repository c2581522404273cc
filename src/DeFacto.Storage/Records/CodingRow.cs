namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class CodingRow : ProvenanceRow
{
    public string ObservationId { get; set; } = "";

    public double? ValuePoint { get; set; }

    public double? ValueLow { get; set; }

    public double? ValueHigh { get; set; }

    public string? Category { get; set; }

    public string? Status { get; set; }

    public string? Qualifier { get; set; }

    public string? Note { get; set; }

    public string CodedOn { get; set; } = "";

    public double? ResolutionPoint { get; set; }

    public double? ResolutionLow { get; set; }

    public double? ResolutionHigh { get; set; }

    public string? ResolutionCategory { get; set; }

    public string? ResolutionReason { get; set; }

    public string? ResolutionBy { get; set; }

    public string? ResolutionOn { get; set; }
}
#pragma warning restore CA1812
