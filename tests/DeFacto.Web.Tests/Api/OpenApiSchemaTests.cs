using System.Text.Json;
using DeFacto.Web.Tests.Support;

namespace DeFacto.Web.Tests.Api;

/// <summary>The OpenAPI document describes what the endpoints really return: real answers are checked against its schemas.</summary>
public sealed class OpenApiSchemaTests(ApiFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/territories/{id}/assessment", "/api/territories/crimea/assessment?asOf=2015-06-30")]
    [InlineData("/api/territories/{id}/assessment", "/api/territories/south-ossetia/assessment?asOf=2021-12-31&basis=commitments")]
    [InlineData("/api/territories/{id}/assessment", "/api/territories/nagorno-karabakh/assessment?asOf=2026-01-01")]
    [InlineData("/api/territories/{id}/timeline", "/api/territories/abkhazia/timeline?from=2008&to=2012")]
    [InlineData("/api/compare", "/api/compare?t=abkhazia&t=transnistria&asOf=2020-12-31")]
    [InlineData("/api/territories", "/api/territories")]
    [InlineData("/api/codebook", "/api/codebook")]
    [InlineData("/api/sources", "/api/sources")]
    public async Task Answer_MatchesItsOperationsSchema(string path, string url)
    {
        using var client = factory.CreateClient();
        using var spec = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        using var answer = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative), Ct));

        var operation = Operation(spec.RootElement, path);
        var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var problems = new List<string>();
        Check(spec.RootElement, schema, answer.RootElement, "$", problems);

        Assert.True(operation.TryGetProperty("operationId", out _), $"{path} has no operationId");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task Document_HasALicenceAndBasisAsAnEnum()
    {
        using var client = factory.CreateClient();
        using var spec = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));
        var root = spec.RootElement;

        Assert.Equal("CC-BY-4.0", root.GetProperty("info").GetProperty("license").GetProperty("identifier").GetString());
        var basis = root.GetProperty("components").GetProperty("schemas").GetProperty("Basis").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["practice", "commitments"], basis);
        Assert.Empty(NumberOrString(root, "$"));
    }

    /// <summary>Every schema that types a value as a number or integer and a string at once.</summary>
    private static IEnumerable<string> NumberOrString(JsonElement element, string at)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array)
            {
                var types = type.EnumerateArray().Select(t => t.GetString()).ToList();
                if (types.Contains("string") && (types.Contains("number") || types.Contains("integer")))
                {
                    yield return at;
                }
            }

            foreach (var member in element.EnumerateObject())
            {
                foreach (var found in NumberOrString(member.Value, at + "." + member.Name))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in NumberOrString(item, $"{at}[{i++}]"))
                {
                    yield return found;
                }
            }
        }
    }

    private static JsonElement Operation(JsonElement spec, string path)
    {
        var paths = spec.GetProperty("paths");
        var item = paths.TryGetProperty(path, out var exact) ? exact : paths.GetProperty(path + "/");
        return item.GetProperty("get");
    }

    /// <summary>A small JSON Schema check: $ref, type (with null), enum, required, properties, additionalProperties, items, anyOf.</summary>
    private static void Check(JsonElement spec, JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(spec, spec.GetProperty("components").GetProperty("schemas").GetProperty(name), value, at, problems);
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            if (!anyOf.EnumerateArray().Any(s => { var p = new List<string>(); Check(spec, s, value, at, p); return p.Count == 0; }))
            {
                problems.Add($"{at}: {value.ValueKind} matches none of anyOf");
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                problems.Add($"{at}: {value.ValueKind} where the schema says {string.Join('|', types)}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
        {
            problems.Add($"{at}: '{value.GetString()}' is not in the enum");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Where(r => !value.TryGetProperty(r.GetString()!, out _)).Select(r => $"{at}: required '{r.GetString()}' is missing"));
            }

            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var property))
                {
                    Check(spec, property, member.Value, $"{at}.{member.Name}", problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    Check(spec, additional, member.Value, $"{at}.{member.Name}", problems);
                }
                else
                {
                    problems.Add($"{at}: '{member.Name}' is not in the schema");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray())
            {
                Check(spec, items, element, $"{at}[{i++}]", problems);
            }
        }
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
