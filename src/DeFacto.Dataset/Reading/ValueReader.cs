using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads a coded value (value, low/high, or category) and checks it against its indicator.</summary>
internal static class ValueReader
{
    public static ObservedValue? Read(FieldReader r, Indicator? indicator)
    {
        var point = r.Number("value");
        var low = r.Number("low");
        var high = r.Number("high");
        var category = r.String("category");
        if (r.Node("category") is YamlDotNet.RepresentationModel.YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" or "yes" or "no" or "on" or "off" })
        {
            r.Problem("category", "many YAML readers take a bare yes/no as true/false: quote it (\"yes\", \"no\")");
            return null;
        }

        var forms = (point is not null ? 1 : 0) + (low is not null || high is not null ? 1 : 0) + (category is not null ? 1 : 0);
        if (forms != 1)
        {
            r.Problem("value", forms == 0 ? "give a value, low and high, or a category" : "give only one of value, low/high, or category");
            return null;
        }

        if (indicator is null)
        {
            return null;
        }

        if (indicator.IsNumeric)
        {
            if (category is not null)
            {
                r.Problem("category", $"{indicator.Id} is numeric ({indicator.Unit}): give value, or low and high");
                return null;
            }

            if ((low is null) != (high is null) || low > high)
            {
                r.Problem(low is null || high is null ? "low" : "high", "an interval needs both low and high, with low ≤ high");
                return null;
            }

            foreach (var (field, v) in new[] { ("value", point), ("low", low), ("high", high) })
            {
                if (v < indicator.Minimum || v > indicator.Maximum)
                {
                    r.Problem(field, $"{v} is outside {indicator.Id}'s range {indicator.Minimum}–{indicator.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}");
                }
            }

            var unit = r.String("unit");
            if (unit is not null && indicator.Unit is not null && unit != indicator.Unit)
            {
                r.Problem("unit", $"{indicator.Id} is coded in {indicator.Unit}, not {unit}");
            }

            return point is not null ? ObservedValue.OfPoint(point.Value) : ObservedValue.OfInterval(low!.Value, high!.Value);
        }

        if (category is null)
        {
            r.Problem("category", $"{indicator.Id} takes a category: {string.Join(", ", indicator.Anchors.Select(a => a.Id))}");
            return null;
        }

        if (indicator.FindAnchor(category) is null)
        {
            var hint = Core.Similarity.Closest(category, indicator.Anchors.Select(a => a.Id));
            r.Problem("category", $"'{category}' is not a category of {indicator.Id} ({string.Join(", ", indicator.Anchors.Select(a => a.Id))})" +
                (hint.Count > 0 ? $"; did you mean {hint[0]}?" : ""));
            return null;
        }

        return ObservedValue.OfCategory(Indicator.Normalise(category));
    }

    public static Indicator? ReadIndicator(FieldReader r, Codebook codebook)
    {
        var id = r.String("indicator", required: true);
        if (id is null)
        {
            return null;
        }

        var indicator = codebook.FindIndicator(id);
        if (indicator is null)
        {
            var hint = Core.Similarity.Closest(id, codebook.Indicators.Select(i => i.Id));
            r.Problem("indicator", $"'{id}' is not in the codebook" + (hint.Count > 0 ? $" (did you mean {hint[0]}?)" : "; run `defacto codebook` to list indicators"));
        }

        return indicator;
    }

    public static string? ReadQuote(FieldReader r, bool required)
    {
        var quote = r.String("quote", required);
        if (quote is not null && Quotes.Words(quote) > Quotes.MaxWords)
        {
            r.Problem("quote", $"is longer than {Quotes.MaxWords} words: quote only the phrase that holds the figure");
        }

        return quote;
    }
}
