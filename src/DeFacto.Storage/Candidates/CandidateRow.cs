namespace DeFacto.Storage.Candidates;

#pragma warning disable CA1812 // Instantiated by Dapper.
internal sealed class CandidateRow
{
    public long Id { get; set; }

    public string Territory { get; set; } = "";

    public string Indicator { get; set; } = "";

    public double? ValuePoint { get; set; }

    public double? ValueLow { get; set; }

    public double? ValueHigh { get; set; }

    public string? Category { get; set; }

    public string? Unit { get; set; }

    public string Status { get; set; } = "";

    public string? Qualifier { get; set; }

    public string? AsOf { get; set; }

    public string DocumentName { get; set; } = "";

    public string? DocumentTitle { get; set; }

    public int SpanStart { get; set; }

    public int SpanLength { get; set; }

    public string Quote { get; set; } = "";

    public double Confidence { get; set; }

    public string ReviewState { get; set; } = "";

    public string? Reviewer { get; set; }

    public string? ObservationId { get; set; }

    public string CreatedAt { get; set; } = "";

    public string? ReviewedAt { get; set; }

    public string UpdatedAt { get; set; } = "";

    public string? DocumentHash { get; set; }

    public string? SentenceText { get; set; }

    public int? SentenceStart { get; set; }

    public int? SentenceLength { get; set; }

    public string? ParagraphText { get; set; }

    public int? ParagraphStart { get; set; }

    public int? ParagraphLength { get; set; }
}
#pragma warning restore CA1812
