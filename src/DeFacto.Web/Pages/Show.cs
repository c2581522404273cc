using System.Globalization;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Scoring;

namespace DeFacto.Web.Pages;

/// <summary>How the pages write numbers, intervals, stages and dates; formatting only, never a computation of a score.</summary>
public static class Show
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Interval(Summary s) => s.HasValue ? $"{Score(s.Low)}–{Score(s.High)}" : "no evidence";

    public static string Stage(Stage? stage) => stage is { } s ? Names.Of(s) : "not assessed";

    public static string StageLabel(Stage? stage) => stage switch
    {
        Core.Scoring.Stage.Sovereign => "Sovereign",
        Core.Scoring.Stage.Patronage => "Patronage",
        Core.Scoring.Stage.Integration => "Integration",
        Core.Scoring.Stage.DeFactoAnnexation => "De facto annexation",
        Core.Scoring.Stage.DeJureAnnexation => "De jure annexation",
        Core.Scoring.Stage.NotAssessable => "Not assessable",
        Core.Scoring.Stage.InsufficientEvidence => "Insufficient evidence",
        Core.Scoring.Stage.Indeterminate => "Indeterminate",
        _ => "Not assessed",
    };

    public static string StageLabel(Stage? stage, string whenNone) => stage is null ? whenNone : StageLabel(stage);

    /// <summary>The de jure axis in words: incorporated (since when) or not, and the patron's recognition.</summary>
    public static string Formal(FormalStatus f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var incorporation = f.Incorporated
            ? "incorporated by the patron" + (f.IncorporatedOn is { } on ? " since " + Date(on) : "")
            : "not incorporated";
        return incorporation + (f.RecognisedByPatron ? "; recognised by the patron" : "; not recognised by the patron");
    }

    public static string Coverage(Coverage coverage) => DeFacto.Exports.Json.AssessmentWording.Name(coverage);

    /// <summary>
    /// Text from the evidence as shown: bidirectional overrides and isolates, zero-width and other
    /// invisible format characters are dropped, so a title or quote cannot display other than it reads.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.Any(IsHidden))
        {
            return text;
        }

        return new string(text.Where(c => !IsHidden(c)).ToArray());
    }

    /// <summary>
    /// A sentence cut around the quote found in it, for the page to mark the quote: at the quote's span
    /// (both counted in the document) when the text there is the quote, else where the quote first occurs,
    /// else at the span when it lies within the sentence (a quote with its spaces tidied); null when none holds.
    /// The parts are raw text: clean and encode each one, never the joined sentence (offsets would shift).
    /// </summary>
    public static (string Before, string Quote, string After)? QuoteIn(string sentence, int sentenceStart, string? quote, int spanStart, int spanLength)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var at = spanStart - sentenceStart;
        var spanInside = at >= 0 && spanLength > 0 && at + spanLength <= sentence.Length;
        if (!(spanInside && string.Equals(sentence.Substring(at, spanLength), quote, StringComparison.Ordinal)))
        {
            var found = string.IsNullOrEmpty(quote) ? -1 : sentence.IndexOf(quote, StringComparison.Ordinal);
            if (found >= 0)
            {
                (at, spanLength) = (found, quote!.Length);
            }
            else if (!spanInside)
            {
                return null;
            }
        }

        return (sentence[..at], sentence.Substring(at, spanLength), sentence[(at + spanLength)..]);
    }

    private static bool IsHidden(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Format || (char.IsControl(c) && c is not ('\n' or '\t'));

    public static string Percent(double p) => p.ToString("0%", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Basis(Basis b) => Names.Of(b);

    public static string Value(ValueSummary? v)
    {
        if (v is null)
        {
            return "–";
        }

        if (v.Category is not null)
        {
            return v.Category;
        }

        var unit = string.IsNullOrEmpty(v.Unit) ? "" : " " + v.Unit;
        return v.Low is { } low && v.High is { } high && Math.Abs(high - low) > 1e-9
            ? $"{Number(v.Point)} ({Number(low)}–{Number(high)}){unit}"
            : Number(v.Point) + unit;
    }

    public static string Number(double? value) => value is { } v ? v.ToString("#,0.###", CultureInfo.InvariantCulture) : "–";

    public static string Status(EvidenceStatus status) => Vocabulary.Name(status);

    public static string PlaceName(PlaceRegistry registry, string? id) => id is null ? "–" : registry.Find(id)?.Name ?? id;

    public static string Gap(double? gap) => gap is { } g ? g.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) : "–";
}
