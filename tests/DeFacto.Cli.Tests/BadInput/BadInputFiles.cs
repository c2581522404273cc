using System.Text;
using DeFacto.Tests;

namespace DeFacto.Cli.Tests.BadInput;

/// <summary>The files the catalogue's rows refer to, made once: broken dataset folders, hostile documents, a ledger.</summary>
public sealed class BadInputFiles : IDisposable
{
    public BadInputFiles()
    {
        Directory.CreateDirectory(Root);
        Ledger = Path.Combine(Root, "ledger.db");
        var created = Run(new BadInputCase("create", ["ledger", "info", "--ledger", Ledger], 0, ""));
        if (created.Exit != 0)
        {
            throw new InvalidOperationException("cannot create the test ledger: " + created.Error);
        }

        Files["ledger"] = Ledger;
        Files["text"] = Write("passwd.txt", "root:x:0:0:root:/root:/bin/bash\n");
        Files["existing"] = Write("notes.txt", "keep me\n");
        Files["folder"] = Directory.CreateDirectory(Path.Combine(Root, "a-folder")).FullName;
        Files["deep-yaml"] = Dataset("deep-yaml", "evidence/deep.yaml", "territory: crimea\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Files["two-documents"] = Dataset("two-documents", "evidence/two.yaml", "territory: crimea\ncoder: t\nobservations: []\n---\nterritory: abkhazia\ncoder: t\nobservations: []\n");
        Files["latin1"] = Dataset("latin1", "evidence/latin1.yaml", null, Encoding.Latin1.GetBytes("territory: crimea\ncoder: Jos\u00e9\nobservations: []\n"));
        Files["no-transnistria"] = Registry("no-transnistria", "transnistria");
        Files["deep-html"] = Write("deep.html", HostileInputs.DeepHtml(100_000, "As of 2019, some 3,500 Russian troops are stationed in South Ossetia."));
        Files["deep-pdf"] = WriteBytes("deep.pdf", HostileInputs.DeepPdf(50_000));
        Files["release"] = Directory.CreateDirectory(Path.Combine(Root, "releases")).FullName;
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "defacto-bad-input", Guid.NewGuid().ToString("N"));

    public string Ledger { get; }

    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs a row: placeholders filled in, the row's environment and standard input, a fixed clock.</summary>
    internal CliRun Run(BadInputCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var args = row.Args.Select(a => Files.Aggregate(a, (text, f) => text.Replace("{" + f.Key + "}", f.Value, StringComparison.Ordinal))).ToArray();
        var env = new Dictionary<string, string?>(row.Environment) { ["XDG_DATA_HOME"] = Path.Combine(Root, "xdg") };
        if (!row.Environment.ContainsKey("DEFACTO_LEDGER"))
        {
            env["DEFACTO_LEDGER"] = Ledger;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var context = new CliContext(output, error, clock, name => env.GetValueOrDefault(name))
        {
            OpenStandardInput = row.Input ?? (() => new MemoryStream()),
            In = TextReader.Null,
        };
        var exit = CliApp.Run(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    // A copy of the bundled dataset with one file added.
    private string Dataset(string name, string file, string? text, byte[]? bytes = null)
    {
        var dir = Path.Combine(Root, name);
        foreach (var source in Directory.EnumerateFiles(RepoPaths.Data, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(RepoPaths.Data, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        File.WriteAllBytes(Path.Combine(dir, file), bytes ?? Encoding.UTF8.GetBytes(text!));
        return dir;
    }

    // The codebook and a registry without one territory: a complete folder that would orphan its evidence.
    private string Registry(string name, string dropped)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        File.Copy(Path.Combine(RepoPaths.Data, "codebook.yaml"), Path.Combine(dir, "codebook.yaml"));
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Data, "territories.yaml")).ToList();
        var start = lines.FindIndex(l => l.Trim() == $"- id: {dropped}");
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith("    ", StringComparison.Ordinal) || lines[end].Trim().Length == 0))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        File.WriteAllLines(Path.Combine(dir, "territories.yaml"), lines);
        return dir;
    }
}
