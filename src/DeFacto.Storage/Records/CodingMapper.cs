using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Records;

/// <summary>Turns codings into rows and back; a coding's id joins its observation and its coder.</summary>
internal static class CodingMapper
{
    public static string Id(ObservationCoding c) => $"{c.Observation}/{c.Coder}";

    public static CodingRow ToRow(ObservationCoding c) => new()
    {
        Id = Id(c),
        ObservationId = c.Observation,
        Coder = c.Coder,
        ValuePoint = c.Value.Point,
        ValueLow = c.Value.Low,
        ValueHigh = c.Value.High,
        Category = c.Value.Category,
        Status = c.Status is { } s ? Vocabulary.Name(s) : null,
        Qualifier = c.Qualifier,
        Note = c.Note,
        CodedOn = c.CodedOn.ToString(),
        ResolutionPoint = c.Resolution?.Value.Point,
        ResolutionLow = c.Resolution?.Value.Low,
        ResolutionHigh = c.Resolution?.Value.High,
        ResolutionCategory = c.Resolution?.Value.Category,
        ResolutionReason = c.Resolution?.Reason,
        ResolutionBy = c.Resolution?.By,
        ResolutionOn = c.Resolution?.On?.ToString(),
        Fingerprint = Fingerprint.Of(c),
    };

    public static ObservationCoding ToModel(CodingRow r) => new()
    {
        Observation = r.ObservationId,
        Coder = r.Coder ?? "",
        Value = RecordMapper.Value("coding", r.Id, r.ValuePoint, r.ValueLow, r.ValueHigh, r.Category),
        Status = Vocabulary.ParseStatus(r.Status),
        Qualifier = r.Qualifier,
        Note = r.Note,
        CodedOn = Date(r.CodedOn) ?? PartialDate.OfYear(1970),
        Resolution = r.ResolutionReason is null ? null : new Resolution
        {
            Value = RecordMapper.Value("coding resolution", r.Id, r.ResolutionPoint, r.ResolutionLow, r.ResolutionHigh, r.ResolutionCategory),
            Reason = r.ResolutionReason,
            By = r.ResolutionBy,
            On = Date(r.ResolutionOn),
        },
    };

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text) is { Success: true } p ? p.Value : null;
}
