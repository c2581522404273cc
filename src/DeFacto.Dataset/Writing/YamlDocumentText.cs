using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Writing;

/// <summary>Serialises a mapping as one YAML document, in block style, without line folding.</summary>
internal static class YamlDocumentText
{
    private static readonly EmitterSettings Settings = EmitterSettings.Default
        .WithBestWidth(int.MaxValue)
        .WithIndentedSequences();

    public static string Write(YamlMappingNode root)
    {
        using var text = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(new Emitter(text, Settings), assignAnchors: false);
        return text.ToString();
    }
}
