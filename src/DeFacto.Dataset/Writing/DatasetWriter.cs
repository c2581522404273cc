using System.Text;
using DeFacto.Core.Evidence;

namespace DeFacto.Dataset.Writing;

/// <summary>
/// Writes a dataset in the file format of <c>docs/data-format.md</c>, such that <see cref="DatasetReader"/>
/// reads back an equal dataset: the codebook and registry as their documents, all sources in one file,
/// one evidence file per territory, one file per treaty. Observations and events are written as coded;
/// those that treaties generate are not, since the reader derives them again.
/// </summary>
public static class DatasetWriter
{
    public const string SourcesFile = "sources/sources.yaml";

    /// <summary>The files of the dataset, by name relative to the dataset folder.</summary>
    public static IReadOnlyDictionary<string, string> Render(Core.Dataset dataset, DatasetDocuments documents)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(documents);
        var ledger = dataset.Ledger;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [DatasetDocuments.CodebookFile] = documents.Codebook,
            [DatasetDocuments.TerritoriesFile] = documents.Territories,
        };
        if (ledger.Sources.Count > 0)
        {
            files[SourcesFile] = SourceWriter.Write(ledger.Sources);
        }

        var observations = ledger.CodedObservations.ToLookup(o => o.Territory, StringComparer.Ordinal);
        var events = ledger.CodedEvents.ToLookup(FileTerritory, StringComparer.Ordinal);
        foreach (var territory in observations.Select(g => g.Key).Union(events.Select(g => g.Key), StringComparer.Ordinal))
        {
            files[$"evidence/{territory}.yaml"] = EvidenceWriter.Write(territory, observations[territory].ToList(), events[territory].ToList());
        }

        foreach (var treaty in ledger.Treaties)
        {
            files[$"treaties/{treaty.Id}.yaml"] = TreatyWriter.Write(treaty);
        }

        foreach (var (name, text) in CodingWriter.Files(dataset.Codings))
        {
            files[name] = text;
        }

        return files;
    }

    /// <summary>Writes the dataset's files into <paramref name="directory"/>, creating it and its subfolders.</summary>
    public static void Write(Core.Dataset dataset, DatasetDocuments documents, string directory)
    {
        foreach (var (name, text) in Render(dataset, documents))
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    // An event read from a file carries that file's territory; one built elsewhere goes with its last party.
    private static string FileTerritory(Event e) => e.Territory ?? (e.Parties.Count > 0 ? e.Parties[^1] : "unassigned");
}
