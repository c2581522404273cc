using System.Globalization;
using DeFacto.Core.Time;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Reading;

/// <summary>
/// Reads the fields of one YAML mapping, recording each problem with the file, the line of the field
/// (or of the mapping when the field is missing) and the field's path, and returning null instead of throwing.
/// </summary>
internal sealed class FieldReader(string file, YamlMappingNode map, string path, List<DatasetProblem> problems)
{
    public YamlMappingNode Map => map;

    public int Line => (int)map.Start.Line;

    public string Path => path;

    public void Problem(string field, string message, YamlNode? at = null) =>
        problems.Add(new DatasetProblem(file, (int)(at ?? Node(field) ?? map).Start.Line, Join(field), message));

    public YamlNode? Node(string field) =>
        map.Children.TryGetValue(new YamlScalarNode(field), out var node) ? node : null;

    public bool Has(string field) => Node(field) is not null and not YamlScalarNode { Value: null or "" or "~" or "null" };

    public string? String(string field, bool required = false)
    {
        var node = Node(field);
        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            return scalar.Value;
        }

        if (node is not null and not YamlScalarNode)
        {
            Problem(field, "should be a single value, not a list or mapping");
        }
        else if (required)
        {
            Problem(field, "is missing");
        }

        return null;
    }

    public double? Number(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Problem(field, $"'{text}' is not a number (write digits without thousands separators, e.g. 3500)");
        return null;
    }

    public PartialDate? Date(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        var parsed = PartialDate.Parse(text);
        if (!parsed.Success)
        {
            Problem(field, parsed.Error!);
            return null;
        }

        return parsed.Value;
    }

    public string? OneOf(string field, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var text = String(field, required);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        var hint = Core.Similarity.Closest(text, allowed);
        Problem(field, $"'{text}' is not one of: {string.Join(", ", allowed)}" + (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : ""));
        return null;
    }

    public IReadOnlyList<string> Strings(string field, bool required = false)
    {
        var node = Node(field);
        switch (node)
        {
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !IsNull((YamlScalarNode)item))
                    {
                        list.Add(v);
                    }
                    else
                    {
                        Problem(field, "every item should be a single value", item);
                    }
                }

                return list;
            case YamlScalarNode scalar when !IsNull(scalar):
                return [scalar.Value!];
            case null or YamlScalarNode when required:
                Problem(field, "is missing");
                return [];
            case YamlMappingNode:
                Problem(field, "should be a list");
                return [];
            default:
                return [];
        }
    }

    public IEnumerable<FieldReader> Items(string field, bool required = false)
    {
        var node = Node(field);
        if (node is YamlSequenceNode seq)
        {
            var i = 0;
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode m)
                {
                    yield return new FieldReader(file, m, $"{Join(field)}[{i}]", problems);
                }
                else
                {
                    Problem($"{field}[{i}]", "should be a mapping of fields (key: value)", item);
                }

                i++;
            }
        }
        else if (node is YamlScalarNode scalar && IsNull(scalar) && !required)
        {
            yield break;
        }
        else if (node is not null)
        {
            Problem(field, "should be a list of mappings");
        }
        else if (required)
        {
            Problem(field, "is missing");
        }
    }

    public FieldReader? Child(string field, bool required = false)
    {
        var node = Node(field);
        if (node is YamlMappingNode m)
        {
            return new FieldReader(file, m, Join(field), problems);
        }

        if (node is not null || required)
        {
            Problem(field, node is null ? "is missing" : "should be a mapping of fields");
        }

        return null;
    }

    /// <summary>Flags fields the format does not know, so a misspelt field is not silently ignored.</summary>
    public void AllowOnly(params string[] fields)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!fields.Contains(key.Value, StringComparer.Ordinal))
            {
                var hint = Core.Similarity.Closest(key.Value ?? "", fields);
                Problem(key.Value ?? "", "is not a known field" + (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : $"; known: {string.Join(", ", fields)}"), key);
            }
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private string Join(string field) => path.Length == 0 ? field : $"{path}.{field}";
}
