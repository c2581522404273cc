namespace DeFacto.Storage.Records;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class ProvisionRow
{
    public string Id { get; set; } = "";

    public string TreatyId { get; set; } = "";

    public int Position { get; set; }

    public string? Article { get; set; }

    public string Territory { get; set; } = "";

    public string Indicator { get; set; } = "";

    public double? ValuePoint { get; set; }

    public double? ValueLow { get; set; }

    public double? ValueHigh { get; set; }

    public string? Category { get; set; }

    public string? Unit { get; set; }

    public string Obligation { get; set; } = "";

    public string SourceId { get; set; } = "";

    public string Locator { get; set; } = "";

    public string? Quote { get; set; }

    public string? Note { get; set; }
}
#pragma warning restore CA1812
