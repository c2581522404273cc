using System.Text.Json.Nodes;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;
using Microsoft.OpenApi;

namespace DeFacto.Web.Api;

/// <summary>
/// The OpenAPI schemas of the objects that <see cref="AssessmentJson"/> and <see cref="HistoryJson"/>
/// write (the CLI's JSON contract), which the endpoints return as bytes and so cannot be inferred.
/// Enumerations are listed from the same names the writers use; a test checks real answers against them.
/// </summary>
internal static class ApiSchemas
{
    public const string Assessment = "Assessment";
    public const string Timeline = "Timeline";
    public const string Comparison = "Comparison";
    public const string AssessmentOperation = "getAssessment";
    public const string TimelineOperation = "getTimeline";
    public const string ComparisonOperation = "compareTerritories";

    /// <summary>Adds the schemas and points the byte-returning operations' 200 answers at them.</summary>
    public static void Describe(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        AddTo(document);
        var returns = new Dictionary<string, string>
        {
            [AssessmentOperation] = Assessment,
            [TimelineOperation] = Timeline,
            [ComparisonOperation] = Comparison,
        };
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.OperationId is { } id && returns.TryGetValue(id, out var schema)
                && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                content.Clear();
                content["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema, document) };
            }
        }
    }

    private static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;
        IOpenApiSchema Ref(string id) => new OpenApiSchemaReference(id, document);

        var stages = Names.Stages.Select(Names.Of).ToList();
        var functionalStages = Names.FunctionalStages.Select(Names.Of).ToList();
        schemas["Basis"] = Enumeration("What counts as evidence: practice (in place) or commitments (in place or pledged).", Enum.GetValues<Basis>().Select(Names.Of));
        schemas["Stage"] = Enumeration("A headline stage, or an abstention (not-assessable, insufficient-evidence, indeterminate).", Names.HeadlineStages.Select(Names.Of));
        schemas["FunctionalStage"] = Enumeration("A stage the Monte Carlo draws decide between.", functionalStages);
        schemas["Coverage"] = Enumeration("How current a domain's evidence is.", Enum.GetValues<Coverage>().Select(AssessmentWording.Name).Distinct());
        schemas["Holder"] = Enumeration("Who holds a domain or indicator.", Enum.GetValues<Holder>().Select(AssessmentWording.Name).Distinct());
        schemas["Implementation"] = Enumeration("How far a pledge has been implemented.", Enum.GetValues<Implementation>().Select(AssessmentWording.Name).Distinct());
        schemas["Summary"] = Object("A Monte Carlo summary: the median and the 90% interval; null without evidence.",
            ("median", NullableNumber()), ("low", NullableNumber()), ("high", NullableNumber()));

        var observation = Object("One piece of evidence with its source and quote.",
            ("id", String()), ("source", String()), ("sourceTitle", NullableString()), ("url", NullableString()), ("locator", String()),
            ("quote", NullableString()), ("status", Enumeration(null, Enum.GetValues<EvidenceStatus>().Select(Vocabulary.Name))),
            ("qualifier", NullableString()), ("asOf", String("A date, YYYY, YYYY-MM or YYYY-MM-DD.")), ("since", NullableString()),
            ("indicator", String()), ("valueText", String()), ("confidence", NullableNumber()), ("coder", NullableString()),
            ("provision", NullableString()), ("stale", Boolean()));
        observation.Properties!["implementation"] = Ref("Implementation");
        observation.Properties["countsFrom"] = String("For a pledge: the date from which it counts.", "date");
        schemas["Observation"] = observation;
        var value = Object("The indicator's value at the date.",
            ("point", NullableNumber()), ("low", NullableNumber()), ("high", NullableNumber()), ("category", NullableString()), ("unit", NullableString()));
        value.Type |= JsonSchemaType.Null;
        schemas["Indicator"] = Object("An indicator with its value, score and evidence.",
            ("id", String()), ("question", String()), ("role", Enumeration(null, Enum.GetValues<IndicatorRole>().Select(r => r.ToString().ToLowerInvariant()))),
            ("value", value), ("score", Ref("Summary")), ("current", Boolean()), ("heldBy", Ref("Holder")), ("observations", Array(Ref("Observation"))));

        (string, IOpenApiSchema)[] verdict =
        [
            ("index", Ref("Summary")),
            ("stage", Nullable(Ref("Stage"))),
            ("verdict", Object("Why the headline stage is what it is.", ("reason", String()), ("rule", String()), ("alternatives", Array(Ref("Stage"))))),
            ("stageProbabilities", Object("The probability of each stage.", stages.Select(s => (s, (IOpenApiSchema)NullableNumber())).ToArray())),
            ("functional", Object("The functional axis: the stage from the draws alone.",
                ("stage", Nullable(Ref("FunctionalStage"))),
                ("probabilities", Object(null, functionalStages.Select(s => (s, (IOpenApiSchema)NullableNumber())).ToArray())),
                ("index", Ref("Summary")))),
            ("formal", Object("The de jure axis.",
                ("incorporated", Boolean()), ("incorporatedOn", NullableString("date")), ("recognisedByPatron", Boolean()),
                ("accessionSought", Boolean()), ("blocMembership", NullableString()), ("stepsLeft", Integer()))),
            ("coverage", Object("How many domains have evidence, and current evidence.",
                ("evidenced", Integer()), ("current", Integer()), ("total", Integer()), ("notApplicable", Integer()))),
        ];

        schemas[Assessment] = Object("A territory's assessment at a date: the object `defacto assess --format json` prints.",
        [
            ("territory", String()), ("asOf", String(null, "date")), ("basis", Ref("Basis")), .. verdict,
            ("domains", Array(Object("A domain's score, coverage and holder.",
                ("id", String()), ("label", String()), ("score", Ref("Summary")), ("evidenced", Boolean()), ("current", Boolean()),
                ("coverage", Ref("Coverage")), ("heldBy", Ref("Holder")), ("applicable", Boolean()), ("notApplicable", NullableString()),
                ("indicators", Array(Ref("Indicator")))))),
            ("status", Array(Ref("Indicator"))),
            ("auxiliary", Array(Ref("Indicator"))),
            ("formalSteps", Array(Object("A formal step to de jure annexation.",
                ("indicator", String()), ("question", String()), ("current", NullableString()), ("target", String()), ("done", Boolean())))),
            ("distanceToDeJure", Integer()),
            ("conflicts", Array(Object("Two sources that disagree.",
                ("subject", String()), ("first", String()), ("firstSays", String()), ("second", String()), ("secondSays", String())))),
            ("pledges", Array(Object("A pledge and its implementation.",
                ("observation", String()), ("indicator", String()), ("provision", NullableString()), ("valueText", String()),
                ("countsFrom", String(null, "date")), ("inForce", Boolean()), ("implementation", Ref("Implementation"))))),
            ("warnings", Array(String())),
            ("warningDetails", Array(Map(String(), "A warning: its kind and the data it names.", ("kind", String())))),
            ("monteCarlo", Object(null, ("draws", Integer()), ("seed", Integer()))),
            ("pledgesCounted", Enumeration(null, Enum.GetValues<PledgeCounting>().Select(Names.Of))),
        ]);

        schemas[Timeline] = Object("A territory's index and stage at the end of each year and after each event: the object `defacto timeline --format json` prints.",
            ("territory", String()), ("basis", Ref("Basis")),
            ("points", Array(Object(null, [("date", String(null, "date")), .. verdict]))),
            ("events", Array(Object("An event and the assessment just after it.",
                ("id", String()), ("date", String()), ("type", String()), ("title", String()), ("parties", Array(String())),
                ("treaty", NullableString()), ("source", String()), ("sourceTitle", NullableString()), ("locator", NullableString()),
                ("after", Object(null, [("date", String(null, "date")), .. verdict]))))));

        schemas[Comparison] = Object("Territories side by side with their gaps to a reference: the object `defacto compare --format json` prints.",
            ("asOf", String(null, "date")), ("basis", Ref("Basis")), ("reference", String()), ("referenceAsOf", String(null, "date")),
            ("referenceAssessment", Ref(Assessment)), ("assessments", Array(Ref(Assessment))),
            ("gaps", Array(Object("A territory's gap to the reference: overall, in formal steps and by domain.",
                ("territory", String()), ("index", NullableNumber()), ("formalStepsLeft", Integer()),
                ("domains", Map(NullableNumber(), "Gap per domain id."))))),
            ("notes", Array(String())));
    }

    private static OpenApiSchema Object(string? description, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema),
        Required = properties.Select(p => p.Name).ToHashSet(),
    };

    private static OpenApiSchema Map(IOpenApiSchema values, string? description, params (string Name, IOpenApiSchema Schema)[] properties)
    {
        var schema = Object(description, properties);
        schema.AdditionalProperties = values;
        return schema;
    }

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema String(string? description = null, string? format = null) => new() { Type = JsonSchemaType.String, Description = description, Format = format };

    private static OpenApiSchema NullableString(string? format = null) => new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = format };

    private static OpenApiSchema NullableNumber() => new() { Type = JsonSchemaType.Number | JsonSchemaType.Null, Format = "double" };

    private static OpenApiSchema Integer() => new() { Type = JsonSchemaType.Integer, Format = "int64" };

    private static OpenApiSchema Boolean() => new() { Type = JsonSchemaType.Boolean };

    private static OpenApiSchema Enumeration(string? description, IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    private static OpenApiSchema Nullable(IOpenApiSchema schema) => new() { AnyOf = [schema, new OpenApiSchema { Type = JsonSchemaType.Null }] };
}
