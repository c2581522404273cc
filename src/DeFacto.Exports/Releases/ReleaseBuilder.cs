using System.Reflection;
using System.Text;
using DeFacto.Dataset;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;

namespace DeFacto.Exports.Releases;

/// <summary>
/// Freezes a dataset into <c>RELEASES/defacto-VERSION/</c>: the export in every format (csv/, parquet/,
/// xlsx/, json/, each with its datapackage.json), a copy of the data files (data/), manifest.json with
/// the SHA-256 of every file, and SHA256SUMS for <c>sha256sum -c</c>. An existing release is never touched.
/// </summary>
public static class ReleaseBuilder
{
    public static (string Path, Manifest Manifest, ExportSet Set) Create(Core.Dataset dataset, ReleaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(request);
        if (ReleaseFolder.VersionProblem(request.Version) is { } problem)
        {
            throw new ExportException(problem);
        }

        var target = ReleaseFolder.PathOf(request.ReleasesDirectory, request.Version);
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new ExportException($"release {request.Version} already exists at {target}: a release is frozen once made; choose a new version");
        }

        var set = ExportSet.Create(dataset, PanelBuilder.Build(dataset, request.Panel));
        Manifest manifest;
        try
        {
            manifest = OutputDirectory.Write(target, replace: false, dir => Fill(dir, set, dataset, request), listOwnFiles: false);
        }
        catch (ExportException) when (Directory.Exists(target))
        {
            throw new ExportException($"release {request.Version} was made by another run meanwhile, at {target}: a release is frozen once made; this run kept nothing");
        }

        return (target, manifest, set);
    }

    private static Manifest Fill(string dir, ExportSet set, Core.Dataset dataset, ReleaseRequest request)
    {
        var info = new PackageInfo(request.Created, request.Version);
        foreach (var format in ExportFormats.All)
        {
            Exporter.Write(set, format, Path.Combine(dir, ExportFormats.Name(format)), info);
        }

        CopyData(request.DataDirectory, Path.Combine(dir, ReleaseFolder.DataFolder), dataset);
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new ManifestFile(p, new FileInfo(Path.Combine(dir, p)).Length, Exporter.Sha256(Path.Combine(dir, p))))
            .ToList();
        var ledger = dataset.Ledger;
        var manifest = new Manifest
        {
            Version = request.Version,
            Created = request.Created,
            CodebookVersion = dataset.Codebook.Version,
            Generator = "defacto " + (typeof(ReleaseBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"),
            PanelFrom = set.Panel.FirstYear,
            PanelTo = set.Panel.LastYear,
            PanelRows = set.Panel.Rows.Count,
            Draws = set.Panel.Draws,
            Seed = set.Panel.Seed,
            Counts = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["territories"] = set.Panel.TerritoryCount,
                ["sources"] = ledger.Sources.Count,
                ["observations"] = ledger.Observations.Count,
                ["events"] = ledger.Events.Count,
                ["treaties"] = ledger.Treaties.Count,
                ["indicators"] = dataset.Codebook.Indicators.Count,
            },
            Files = files,
        };
        File.WriteAllText(Path.Combine(dir, Manifest.FileName), manifest.ToJson(), new UTF8Encoding(false));
        var sums = string.Concat(files.Select(f => $"{f.Sha256}  {f.Path}\n"));
        File.WriteAllText(Path.Combine(dir, ReleaseFolder.ChecksumFile), sums, new UTF8Encoding(false));
        return manifest;
    }

    /// <summary>Copies the dataset files, then reads the copy back: a release whose data files do not
    /// reproduce the evidence it was made from would not be a frozen release.</summary>
    private static void CopyData(string from, string to, Core.Dataset dataset)
    {
        if (!File.Exists(Path.Combine(from, "codebook.yaml")))
        {
            throw new ExportException($"{from} holds no codebook.yaml: give the dataset folder with --data");
        }

        Directory.CreateDirectory(to);
        foreach (var name in new[] { "codebook.yaml", "territories.yaml" })
        {
            File.Copy(Path.Combine(from, name), Path.Combine(to, name));
        }

        foreach (var folder in new[] { "sources", "evidence", "treaties" })
        {
            var source = Path.Combine(from, folder);
            if (!Directory.Exists(source))
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(to, folder));
            foreach (var file in Directory.EnumerateFiles(source).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(to, folder, Path.GetFileName(file)));
            }
        }

        var copy = DatasetReader.Load(to);
        var same = copy.Ok
            && copy.Dataset!.Ledger.Observations.Select(o => o.Id).Order(StringComparer.Ordinal)
                .SequenceEqual(dataset.Ledger.Observations.Select(o => o.Id).Order(StringComparer.Ordinal), StringComparer.Ordinal)
            && copy.Dataset.Ledger.Observations.OrderBy(o => o.Id, StringComparer.Ordinal)
                .SequenceEqual(dataset.Ledger.Observations.OrderBy(o => o.Id, StringComparer.Ordinal), ObservationComparer.Instance)
            && copy.Dataset.Codebook.Version == dataset.Codebook.Version;
        if (!same)
        {
            throw new ExportException($"the data files in {from} do not reproduce the evidence being released; release from the files with --data {from}");
        }
    }
}
