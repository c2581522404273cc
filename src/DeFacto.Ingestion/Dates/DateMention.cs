namespace DeFacto.Ingestion.Dates;

/// <summary>
/// A date as a sentence gives it, before it is resolved against the document's date: some of year,
/// month, day and weekday, or an offset from the document's date ("yesterday", "last year"), or an
/// anniversary ("the first anniversary of …", which dates the event N years before).
/// </summary>
internal sealed record DateMention(int Start, int End)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>Days from the document's date ("yesterday" = -1).</summary>
    public int? RelativeDays { get; init; }

    /// <summary>Years from the document's date ("last year" = -1).</summary>
    public int? RelativeYears { get; init; }

    /// <summary>"the Nth anniversary": the thing celebrated happened N years before the date in force.</summary>
    public int? Anniversary { get; init; }

    /// <summary>"last Wednesday" or "this Monday": the date lies within the week around the document's date.</summary>
    public bool Recent { get; init; }

    /// <summary>"one year ago": counted back from the document's month, not only its year.</summary>
    public bool Ago { get; init; }

    public bool HasYear => Year is not null;
}
