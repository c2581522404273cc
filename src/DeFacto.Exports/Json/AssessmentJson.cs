using System.Globalization;
using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Json;

/// <summary>
/// The assessment object of the JSON contract (issue "The core"): the same object for
/// <c>defacto assess --format json</c> and the web API. Field names are stable; fields may be added.
/// </summary>
public static class AssessmentJson
{
    public static void Write(Utf8JsonWriter w, Assessment a, Func<string, Source?> findSource)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteStartObject();
        w.WriteString("territory", a.Territory);
        w.WriteString("asOf", a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("basis", Names.Of(a.Basis));
        WriteVerdict(w, a);

        w.WriteStartArray("domains");
        foreach (var d in a.Domains)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Domain.Id);
            w.WriteString("label", d.Domain.Label);
            WriteSummary(w, "score", d.Score);
            w.WriteBoolean("evidenced", d.Evidenced);
            w.WriteBoolean("current", d.Current);
            w.WriteString("coverage", AssessmentWording.Name(d.Coverage));
            w.WriteString("heldBy", AssessmentWording.Name(d.HeldBy));
            w.WriteBoolean("applicable", d.Applicable);
            JsonNumbers.WriteString(w, "notApplicable", d.NotApplicableReason);
            w.WriteStartArray("indicators");
            foreach (var i in d.Indicators)
            {
                WriteIndicator(w, i, findSource);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("status");
        foreach (var i in a.Status)
        {
            WriteIndicator(w, i, findSource);
        }

        w.WriteEndArray();

        w.WriteStartArray("auxiliary");
        foreach (var i in a.Auxiliary)
        {
            WriteIndicator(w, i, findSource);
        }

        w.WriteEndArray();

        w.WriteStartArray("formalSteps");
        foreach (var step in a.FormalSteps)
        {
            w.WriteStartObject();
            w.WriteString("indicator", step.Indicator);
            w.WriteString("question", step.Question);
            JsonNumbers.WriteString(w, "current", step.Current);
            w.WriteString("target", step.Target);
            w.WriteBoolean("done", step.Done);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("distanceToDeJure", a.FormalSteps.Count(s => !s.Done));

        w.WriteStartArray("conflicts");
        foreach (var c in a.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("subject", c.Subject);
            w.WriteString("first", c.FirstId);
            w.WriteString("firstSays", c.FirstSays);
            w.WriteString("second", c.SecondId);
            w.WriteString("secondSays", c.SecondSays);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("pledges");
        foreach (var p in a.PledgeResults)
        {
            w.WriteStartObject();
            w.WriteString("observation", p.Observation.Id);
            w.WriteString("indicator", p.Observation.Indicator);
            JsonNumbers.WriteString(w, "provision", p.Observation.Provision);
            w.WriteString("valueText", p.Observation.Value.ToString());
            w.WriteString("countsFrom", p.CountsFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteBoolean("inForce", p.InForce);
            w.WriteString("implementation", AssessmentWording.Name(p.Implementation));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("warnings");
        foreach (var warning in a.Warnings)
        {
            w.WriteStringValue(AssessmentWording.Warning(warning));
        }

        w.WriteEndArray();
        w.WriteStartArray("warningDetails");
        foreach (var warning in a.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("kind", warning.Kind);
            foreach (var (key, value) in warning.Data)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("monteCarlo");
        w.WriteNumber("draws", a.Draws);
        w.WriteNumber("seed", a.Seed);
        w.WriteEndObject();
        w.WriteString("pledgesCounted", Names.Of(a.Pledges));
        w.WriteEndObject();
    }

    public static string ToJson(Assessment a, Func<string, Source?> findSource, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonText.Writer(indented)))
        {
            Write(w, a, findSource);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The index, the stage, each stage's probability and the coverage: what every view of an assessment shows.</summary>
    internal static void WriteVerdict(Utf8JsonWriter w, Assessment a)
    {
        WriteSummary(w, "index", a.Index);
        JsonNumbers.WriteString(w, "stage", a.Stage is { } s ? Names.Of(s) : null);
        w.WriteStartObject("verdict");
        w.WriteString("reason", AssessmentWording.Reason(a));
        w.WriteString("rule", a.Verdict.Reason.ToString());
        w.WriteStartArray("alternatives");
        foreach (var alternative in a.Verdict.Alternatives)
        {
            w.WriteStringValue(Names.Of(alternative));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("stageProbabilities");
        foreach (var stage in Names.Stages)
        {
            JsonNumbers.Write(w, Names.Of(stage), a.ProbabilityOf(stage));
        }

        w.WriteEndObject();
        w.WriteStartObject("functional");
        JsonNumbers.WriteString(w, "stage", a.Functional.Stage is { } f ? Names.Of(f) : null);
        w.WriteStartObject("probabilities");
        foreach (var stage in Names.FunctionalStages)
        {
            JsonNumbers.Write(w, Names.Of(stage), a.Functional.ProbabilityOf(stage));
        }

        w.WriteEndObject();
        WriteSummary(w, "index", a.Functional.Index);
        w.WriteEndObject();
        w.WriteStartObject("formal");
        w.WriteBoolean("incorporated", a.Formal.Incorporated);
        JsonNumbers.WriteString(w, "incorporatedOn", a.Formal.IncorporatedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteBoolean("recognisedByPatron", a.Formal.RecognisedByPatron);
        w.WriteBoolean("accessionSought", a.Formal.AccessionSought);
        JsonNumbers.WriteString(w, "blocMembership", a.Formal.BlocMembership);
        w.WriteNumber("stepsLeft", a.Formal.StepsLeft);
        w.WriteEndObject();
        w.WriteStartObject("coverage");
        w.WriteNumber("evidenced", a.Evidenced);
        w.WriteNumber("current", a.Current);
        w.WriteNumber("total", a.DomainCount);
        w.WriteNumber("notApplicable", a.NotApplicable);
        w.WriteEndObject();
    }

    internal static void WriteSummary(Utf8JsonWriter w, string name, Summary s)
    {
        w.WriteStartObject(name);
        JsonNumbers.Write(w, "median", s.Median);
        JsonNumbers.Write(w, "low", s.Low);
        JsonNumbers.Write(w, "high", s.High);
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, IndicatorResult i, Func<string, Source?> findSource)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Indicator.Id);
        w.WriteString("question", i.Indicator.Question);
        w.WriteString("role", i.Indicator.Role.ToString().ToLowerInvariant());
        if (i.Value is { } v)
        {
            w.WriteStartObject("value");
            JsonNumbers.Write(w, "point", v.Point, 6);
            JsonNumbers.Write(w, "low", v.Low, 6);
            JsonNumbers.Write(w, "high", v.High, 6);
            JsonNumbers.WriteString(w, "category", v.Category);
            JsonNumbers.WriteString(w, "unit", v.Unit);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("value");
        }

        WriteSummary(w, "score", i.Score);
        w.WriteBoolean("current", i.Current);
        w.WriteString("heldBy", AssessmentWording.Name(i.HeldBy));
        w.WriteStartArray("observations");
        foreach (var o in i.Observations)
        {
            var pledge = i.Pledges.FirstOrDefault(p => p.Observation.Id == o.Id);
            WriteObservation(w, o, i.Stale.Contains(o.Id), findSource(o.Source), pledge);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteObservation(Utf8JsonWriter w, Observation o, bool stale, Source? source, PledgeResult? pledge)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("source", o.Source);
        JsonNumbers.WriteString(w, "sourceTitle", source?.Title);
        JsonNumbers.WriteString(w, "url", source?.Url);
        w.WriteString("locator", o.Locator);
        JsonNumbers.WriteString(w, "quote", o.Quote);
        w.WriteString("status", Vocabulary.Name(o.Status));
        JsonNumbers.WriteString(w, "qualifier", o.Qualifier);
        w.WriteString("asOf", o.AsOf.ToString());
        JsonNumbers.WriteString(w, "since", o.Since?.ToString());
        w.WriteString("indicator", o.Indicator);
        w.WriteString("valueText", o.Value.ToString());
        JsonNumbers.Write(w, "confidence", o.Confidence, 3);
        JsonNumbers.WriteString(w, "coder", o.Coder);
        JsonNumbers.WriteString(w, "provision", o.Provision);
        w.WriteBoolean("stale", stale);
        if (pledge is not null)
        {
            w.WriteString("implementation", AssessmentWording.Name(pledge.Implementation));
            w.WriteString("countsFrom", pledge.CountsFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
    }
}
