using System.Globalization;
using System.Text.Json;
using DeFacto.Core.Evidence;
using DeFacto.Core.History;
using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Json;

/// <summary>The timeline, comparison and sensitivity objects of the JSON contract.</summary>
public static class HistoryJson
{
    public static string Timeline(Timeline t, Func<string, Source?> findSource) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("territory", t.Territory);
        w.WriteString("basis", Names.Of(t.Basis));
        w.WriteStartArray("points");
        foreach (var p in t.Points)
        {
            w.WriteStartObject();
            w.WriteString("date", Date(p.Date));
            AssessmentJson.WriteVerdict(w, p.Assessment);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in t.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Event.Id);
            w.WriteString("date", e.Event.Date.ToString());
            w.WriteString("type", e.Event.Type);
            w.WriteString("title", e.Event.Title);
            w.WriteStartArray("parties");
            foreach (var party in e.Event.Parties)
            {
                w.WriteStringValue(party);
            }

            w.WriteEndArray();
            JsonNumbers.WriteString(w, "treaty", e.Event.Treaty);
            w.WriteString("source", e.Event.Source);
            JsonNumbers.WriteString(w, "sourceTitle", findSource(e.Event.Source)?.Title);
            JsonNumbers.WriteString(w, "locator", e.Event.Locator);
            w.WriteStartObject("after");
            w.WriteString("date", Date(e.After.AsOf));
            AssessmentJson.WriteVerdict(w, e.After);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    // Written compact: a comparison carries several full assessments with every observation, and
    // indentation more than doubled its size.
    public static string Comparison(Comparison c, Func<string, Source?> findSource) => Write(indented: false, w =>
    {
        w.WriteStartObject();
        w.WriteString("asOf", Date(c.AsOf));
        w.WriteString("basis", Names.Of(c.Basis));
        w.WriteString("reference", c.Reference.Territory);
        w.WriteString("referenceAsOf", Date(c.Reference.AsOf));
        w.WritePropertyName("referenceAssessment");
        AssessmentJson.Write(w, c.Reference, findSource);
        w.WriteStartArray("assessments");
        foreach (var a in c.Assessments)
        {
            AssessmentJson.Write(w, a, findSource);
        }

        w.WriteEndArray();
        w.WriteStartArray("gaps");
        foreach (var g in c.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("territory", g.Territory);
            JsonNumbers.Write(w, "index", g.IndexGap);
            w.WriteNumber("formalStepsLeft", g.FormalStepsLeft);
            w.WriteStartObject("domains");
            foreach (var d in g.Domains)
            {
                JsonNumbers.Write(w, d.Domain, d.Gap);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in c.Notes)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The assessment object with a "sensitivity" member added.</summary>
    public static string AssessmentWithSensitivity(Assessment a, Sensitivity s, Func<string, Source?> findSource, bool indented = true)
    {
        var assessment = AssessmentJson.ToJson(a, findSource, indented: false);
        var node = System.Text.Json.Nodes.JsonNode.Parse(assessment)!.AsObject();
        node["sensitivity"] = System.Text.Json.Nodes.JsonNode.Parse(Write(w => WriteSensitivity(w, s)));
        return node.ToJsonString(indented ? JsonText.Indented : JsonText.Compact);
    }

    private static void WriteSensitivity(Utf8JsonWriter w, Sensitivity s)
    {
        w.WriteStartObject();
        JsonNumbers.WriteString(w, "baseline", s.Baseline is { } b ? Names.Of(b) : null);
        JsonNumbers.Write(w, "stageHolds", s.StageHolds);
        w.WriteBoolean("robust", s.Robust);
        w.WriteStartArray("scenarios");
        foreach (var x in s.Scenarios)
        {
            w.WriteStartObject();
            w.WriteString("name", x.Name);
            w.WriteString("description", x.Description);
            AssessmentJson.WriteSummary(w, "index", x.Index);
            JsonNumbers.WriteString(w, "stage", x.Stage is { } st ? Names.Of(st) : null);
            JsonNumbers.Write(w, "probabilityOfBaselineStage", x.ProbabilityOfBaselineStage);
            w.WriteString("functionalStage", Names.Of(x.FunctionalStage));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body) => Write(indented: true, body);

    private static string Write(bool indented, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonText.Writer(indented)))
        {
            body(w);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
