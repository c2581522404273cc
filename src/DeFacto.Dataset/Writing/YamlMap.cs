using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>A mapping built field by field in the format's order; absent values are left out.</summary>
internal sealed class YamlMap
{
    public YamlMappingNode Node { get; } = new();

    public YamlMap Text(string key, string? value) => value is null ? this : Add(key, YamlText.Text(value));

    public YamlMap Quoted(string key, string? value) => value is null ? this : Add(key, YamlText.Quoted(value));

    public YamlMap Number(string key, double? value) => value is null ? this : Add(key, YamlText.Number(value.Value));

    public YamlMap Date(string key, PartialDate? value) => value is null ? this : Add(key, YamlText.Date(value.Value));

    public YamlMap List(string key, IReadOnlyList<string> items) => items.Count == 0 ? this : Add(key, YamlText.FlowList(items));

    /// <summary>A list that may be absent (left out) or empty (written as <c>[]</c>, which says "none" on purpose).</summary>
    public YamlMap ListOrNone(string key, IReadOnlyList<string>? items) => items is null ? this : Add(key, YamlText.FlowList(items));

    /// <summary>The value in one of its three forms: <c>value</c>, <c>low</c> and <c>high</c>, or <c>category</c>.</summary>
    public YamlMap Value(ObservedValue value)
    {
        if (value.Category is not null)
        {
            return Text("category", value.Category);
        }

        if (value.IsInterval)
        {
            return Number("low", value.Low).Number("high", value.High);
        }

        return Number("value", value.Point);
    }

    public YamlMap Add(string key, YamlNode node)
    {
        Node.Add(new YamlScalarNode(key), node);
        return this;
    }
}
