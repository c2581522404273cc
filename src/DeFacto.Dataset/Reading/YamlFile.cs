using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Reading;

/// <summary>Parses one YAML file into its root mapping, turning every parser failure into a located problem;
/// a file too deep, too large through aliases or holding several documents is refused first (<see cref="YamlShape"/>).</summary>
internal static class YamlFile
{
    public static FieldReader? Open(string displayName, string text, List<DatasetProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            // Depth, size and document count first, with a parser that does not recurse: the model builder does.
            if (YamlShape.Check(displayName, text) is { } shape)
            {
                problems.Add(shape);
                return null;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problems.Add(new DatasetProblem(displayName, (int)ex.Start.Line, "", $"is not valid YAML: {FirstLine(ex.Message)} (line {ex.Start.Line}, column {ex.Start.Column}); fix the syntax there"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet throws these for some malformed input, not only YamlException.
            problems.Add(new DatasetProblem(displayName, 1, "", $"is not valid YAML: {FirstLine(ex.Message)}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new DatasetProblem(displayName, 1, "", "should hold a mapping of fields at the top level (it is empty or a list)"));
            return null;
        }

        return new FieldReader(displayName, root, "", problems);
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return (i < 0 ? message : message[..i]).Trim();
    }
}
