namespace DeFacto.Storage.Records;

// Rows as the database holds them; Dapper fills and reads them by property name.
#pragma warning disable CA1812 // Instantiated by Dapper.

/// <summary>Provenance columns shared by every evidence table.</summary>
internal abstract class ProvenanceRow
{
    public string Id { get; set; } = "";

    public string Origin { get; set; } = "";

    public string? Coder { get; set; }

    public long Seq { get; set; }

    public string Fingerprint { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";
}

internal sealed class SourceRow : ProvenanceRow
{
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string Authors { get; set; } = "[]";

    public string? Publisher { get; set; }

    public string? Container { get; set; }

    public string? Number { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }

    public string? Note { get; set; }
}

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
}

internal sealed class EventRow : ProvenanceRow
{
    public string Type { get; set; } = "";

    public string Date { get; set; } = "";

    public string Parties { get; set; } = "[]";

    public string Title { get; set; } = "";

    public string? TreatyId { get; set; }

    public string SourceId { get; set; } = "";

    public string? Locator { get; set; }

    public string? Quote { get; set; }

    public double Confidence { get; set; }

    public string? Note { get; set; }

    public string? Territory { get; set; }
}

internal sealed class TreatyRow : ProvenanceRow
{
    public string Title { get; set; } = "";

    public string Parties { get; set; } = "[]";

    public string? Signed { get; set; }

    public string? InForce { get; set; }

    public string? Term { get; set; }

    public string SourceId { get; set; } = "";

    public string? Locator { get; set; }

    public string? Note { get; set; }
}

internal sealed class RatificationRow
{
    public string TreatyId { get; set; } = "";

    public int Position { get; set; }

    public string Party { get; set; } = "";

    public string Date { get; set; } = "";
}

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

internal sealed class DocumentRow
{
    public string Name { get; set; } = "";

    public string Text { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Fingerprint { get; set; } = "";

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";
}
#pragma warning restore CA1812
