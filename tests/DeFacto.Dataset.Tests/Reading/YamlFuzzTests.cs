using System.Globalization;
using System.Text;
using DeFacto.Tests;
using DeFacto.Tests.Fuzzing;

namespace DeFacto.Dataset.Tests.Reading;

/// <summary>
/// Random and mutated dataset files (evidence, sources, treaties, the codebook and the registry): the reader
/// answers with a dataset or a list of problems, never an exception, never a crash. Seeded and bounded by a
/// count of inputs; DEFACTO_FUZZ_SECONDS turns it into a timed run.
/// </summary>
public sealed class YamlFuzzTests
{
    private const int Inputs = 600;

    [Fact]
    public void DatasetReader_RandomAndMutatedFiles_NeverThrow()
    {
        var timed = int.TryParse(Environment.GetEnvironmentVariable("DEFACTO_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DEFACTO_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261130;

        var report = Fuzzer.Run(Targets(), timed ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue, seed, timed ? long.MaxValue : Inputs, Progress);

        Progress(report.ToString());
        Assert.True(report.Crashes.Count == 0, string.Join("\n", report.Crashes.Take(5).Select(c => $"{c.Target}: {c.Problem} (input {c.Input.Length} bytes: {Encoding.UTF8.GetString(c.Input.AsSpan(0, Math.Min(80, c.Input.Length)))})")));
    }

    internal static IReadOnlyList<FuzzTarget> Targets()
    {
        string Read(string name) => File.ReadAllText(Path.Combine(RepoPaths.Data, name));
        var evidence = Directory.GetFiles(Path.Combine(RepoPaths.Data, "evidence"), "*.yaml").Order(StringComparer.Ordinal).Take(3).Select(File.ReadAllBytes).ToList();
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Data, "sources"), "*.yaml").Order(StringComparer.Ordinal).Take(2).Select(File.ReadAllBytes).ToList();
        var treaties = Directory.GetFiles(Path.Combine(RepoPaths.Data, "treaties"), "*.yaml").Order(StringComparer.Ordinal).Take(2).Select(File.ReadAllBytes).ToList();
        var codebook = Read("codebook.yaml");
        var territories = Read("territories.yaml");
        var sourceText = string.Concat(sources.Select(Encoding.UTF8.GetString));
        FuzzTarget As(string name, string file, IReadOnlyList<byte[]> seeds) => new(name, seeds, bytes =>
        {
            // Bytes that are not UTF-8 are the file reader's concern; here the text goes through the YAML reader.
            var texts = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["codebook.yaml"] = codebook,
                ["territories.yaml"] = territories,
                ["sources/all.yaml"] = sourceText,
                [file] = Encoding.UTF8.GetString(bytes),
            };
            var result = DatasetReader.Load(texts);
            return result.Dataset is null && result.Problems.Count == 0 ? "neither a dataset nor a problem" : null;
        });

        return
        [
            As("evidence", "evidence/fuzz.yaml", evidence),
            As("sources", "sources/fuzz.yaml", sources),
            As("treaty", "treaties/fuzz.yaml", treaties),
            As("codebook", "codebook.yaml", [Encoding.UTF8.GetBytes(codebook)]),
            As("registry", "territories.yaml", [Encoding.UTF8.GetBytes(territories)]),
        ];
    }

    private static void Progress(string line)
    {
        if (Environment.GetEnvironmentVariable("DEFACTO_FUZZ_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} yaml: {line}\n");
        }

        TestContext.Current.SendDiagnosticMessage(line);
    }
}
