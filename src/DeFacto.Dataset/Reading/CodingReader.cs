using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;

namespace DeFacto.Dataset.Reading;

/// <summary>
/// Reads <c>codings/*.yaml</c>: further codings of observations, each by a named coder on a date, with the
/// resolution of a disagreement when there is one. A recoding sheet's entries that are not filled in yet
/// (no value) are skipped, so a sheet can sit in the folder while a coder works through it; the fields a
/// sheet shows the coder (territory, indicator, question, categories, unit, source, locator) are allowed,
/// and territory and indicator must match the observation's, which catches a mistyped id.
/// </summary>
internal sealed class CodingReader(ReadContext context, IReadOnlyList<Observation> observations)
{
    private static readonly string[] FileFields = ["coder", "sample", "instructions", "codings"];

    private static readonly string[] ValueFields = ["value", "low", "high", "category"];

    private static readonly string[] CodingOnlyFields = ["coded_on", "status", "qualifier", "resolution"];

    private static readonly string[] ResolutionFields = [.. ValueFields, "reason", "by", "on"];

    private static readonly string[] Statuses = ["in-place", "pledged"];

    private static readonly string[] EntryFields =
    [
        "observation", "coder", .. ValueFields, "status", "qualifier", "note", "coded_on", "resolution",
        "territory", "indicator", "question", "categories", "unit", "source", "locator",
    ];

    private readonly Dictionary<string, Observation> _observations = observations
        .GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Dictionary<(string, string), string> _seen = [];

    public List<ObservationCoding> Codings { get; } = [];

    public void Read(FieldReader root, string file)
    {
        root.AllowOnly(FileFields);
        var fileCoder = root.String("coder");
        foreach (var item in root.Items("codings"))
        {
            if (ReadCoding(item, file, fileCoder) is { } coding)
            {
                Codings.Add(coding);
            }
        }
    }

    private ObservationCoding? ReadCoding(FieldReader r, string file, string? fileCoder)
    {
        r.AllowOnly(EntryFields);
        var id = r.String("observation", required: true);
        if (!ValueFields.Any(r.Has))
        {
            // Not coded yet: a sheet entry waiting for its coder. Anything else filled in without a value is a slip.
            foreach (var field in CodingOnlyFields.Where(r.Has))
            {
                r.Problem(field, "is filled in but the value is not: give category, value, or low and high");
            }

            return null;
        }

        if (id is null)
        {
            return null;
        }

        if (!_observations.TryGetValue(id, out var observation))
        {
            var hint = Core.Similarity.Closest(id, _observations.Keys);
            r.Problem("observation", $"'{id}' is not an observation in data/evidence/" + (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : ""));
            return null;
        }

        var coder = r.String("coder") ?? fileCoder;
        if (coder is null)
        {
            r.Problem("coder", "is missing: name who coded it here or once at the top of the file");
        }

        CheckMatches(r, "territory", observation.Territory);
        CheckMatches(r, "indicator", observation.Indicator);
        var indicator = context.Codebook.FindIndicator(observation.Indicator);
        var value = ValueReader.Read(r, indicator);
        var status = r.OneOf("status", Statuses);
        var qualifier = r.OneOf("qualifier", context.Codebook.QualifierIds);
        var codedOn = r.Date("coded_on", required: true);
        if (codedOn is { Precision: not DatePrecision.Day })
        {
            r.Problem("coded_on", "give the day of the coding: YYYY-MM-DD");
        }

        var resolution = r.Child("resolution") is { } child ? ReadResolution(child, indicator) : null;
        if (coder is not null && !_seen.TryAdd((id, coder), $"{file}:{r.Line}"))
        {
            r.Problem("coder", $"{coder} already coded {id} at {_seen[(id, coder)]}; keep one coding per coder and observation");
            return null;
        }

        if (coder is null || value is null || codedOn is null || (r.Has("resolution") && resolution is null))
        {
            return null;
        }

        return new ObservationCoding
        {
            Observation = id,
            Coder = coder,
            Value = value.Value,
            Status = Vocabulary.ParseStatus(status),
            Qualifier = qualifier,
            Note = r.String("note"),
            CodedOn = codedOn.Value,
            Resolution = resolution,
        };
    }

    private static Resolution? ReadResolution(FieldReader r, Core.Coding.Indicator? indicator)
    {
        r.AllowOnly(ResolutionFields);
        var value = ValueReader.Read(r, indicator);
        var reason = r.String("reason", required: true);
        var on = r.Date("on");
        return value is null || reason is null ? null : new Resolution { Value = value.Value, Reason = reason, By = r.String("by"), On = on };
    }

    private static void CheckMatches(FieldReader r, string field, string expected)
    {
        if (r.String(field) is { } given && !string.Equals(given, expected, StringComparison.Ordinal))
        {
            r.Problem(field, $"says {given}, but the observation is coded for {expected}: check the observation id");
        }
    }
}
