using System.Globalization;
using DeFacto.Core;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage.Candidates;

namespace DeFacto.Web.Pages;

/// <summary>A reviewer's corrections to a candidate, as typed into the review form; blank fields keep the candidate's value.</summary>
public sealed class CandidateForm
{
    public string? Territory { get; set; }

    public string? Indicator { get; set; }

    /// <summary>A number (90), a range (30000–40000 or 30000-40000) or a category (yes, systematic).</summary>
    public string? Value { get; set; }

    public string? AsOf { get; set; }

    public string? Status { get; set; }

    public string? Qualifier { get; set; }

    public string? Quote { get; set; }

    public ParseResult<CandidateEdit> ToEdit()
    {
        ObservedValue? value = null;
        if (!string.IsNullOrWhiteSpace(Value))
        {
            var parsed = ParseValue(Value);
            if (!parsed.Success)
            {
                return ParseResult<CandidateEdit>.Fail(parsed.Error!);
            }

            value = parsed.Value;
        }

        PartialDate? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            var date = PartialDate.Parse(AsOf);
            if (!date.Success)
            {
                return ParseResult<CandidateEdit>.Fail("as of: " + date.Error);
            }

            asOf = date.Value;
        }

        EvidenceStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            status = Vocabulary.ParseStatus(Status.Trim());
            if (status is null)
            {
                return ParseResult<CandidateEdit>.Fail($"status: '{Status}' is neither in-place nor pledged");
            }
        }

        return ParseResult<CandidateEdit>.Ok(new CandidateEdit
        {
            Territory = Blank(Territory),
            Indicator = Blank(Indicator),
            Value = value,
            AsOf = asOf,
            Status = status,
            Qualifier = Blank(Qualifier),
            Quote = Blank(Quote),
        });
    }

    public static ParseResult<ObservedValue> ParseValue(string text)
    {
        var t = text.Trim().Replace(",", "", StringComparison.Ordinal);
        var dash = t.IndexOfAny(['–', '—']) is var d and >= 0 ? d : t.IndexOf('-', 1);
        if (dash > 0 && Number(t[..dash]) is { } low && Number(t[(dash + 1)..]) is { } high)
        {
            return low <= high
                ? ParseResult<ObservedValue>.Ok(ObservedValue.OfInterval(low, high))
                : ParseResult<ObservedValue>.Fail($"value: the range {text} runs backwards");
        }

        if (Number(t) is { } point)
        {
            return ParseResult<ObservedValue>.Ok(ObservedValue.OfPoint(point));
        }

        return t.Any(char.IsDigit)
            ? ParseResult<ObservedValue>.Fail($"value: '{text}' is neither a number, a range nor a category")
            : ParseResult<ObservedValue>.Ok(ObservedValue.OfCategory(t));
    }

    private static double? Number(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
