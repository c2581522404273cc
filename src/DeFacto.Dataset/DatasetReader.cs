using DeFacto.Core.Evidence;
using DeFacto.Dataset.Reading;

namespace DeFacto.Dataset;

/// <summary>
/// Reads a dataset directory laid out as <c>docs/data-format.md</c> describes, checking every file
/// against the codebook and the registry. Every problem is collected with its file, line and field;
/// nothing throws for bad content.
/// </summary>
public static class DatasetReader
{
    public static LoadResult Load(string directory)
    {
        var problems = new List<DatasetProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new DatasetProblem(directory, 0, "", "no such directory: give the folder that holds codebook.yaml"));
            return new LoadResult(null, problems);
        }

        var files = new DirectoryFileSet(directory);
        return Load(files, problems);
    }

    /// <summary>Reads a dataset folder; a file it lacks (the codebook, say) is taken from <paramref name="defaults"/> by name.</summary>
    public static LoadResult Load(string directory, IReadOnlyDictionary<string, string> defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (!Directory.Exists(directory))
        {
            return new LoadResult(null, [new DatasetProblem(directory, 0, "", "no such directory: give the folder to import")]);
        }

        // A registry taken from the defaults (the ledger's own) was checked when it was stored, and
        // its citations point at sources the folder need not repeat.
        var ownRegistry = File.Exists(Path.Combine(directory, "territories.yaml")) || !defaults.ContainsKey("territories.yaml");
        return Load(new DirectoryFileSet(directory, defaults), [], ownRegistry);
    }

    /// <summary>Reads a dataset from named texts (name relative to the dataset root, e.g. "evidence/x.yaml").</summary>
    public static LoadResult Load(IReadOnlyDictionary<string, string> texts) =>
        Load(new MemoryFileSet(texts), []);

    private static LoadResult Load(IFileSet files, List<DatasetProblem> problems, bool checkRegistrySources = true)
    {
        var codebookRoot = Open(files, "codebook.yaml", problems, required: true);
        var registryRoot = Open(files, "territories.yaml", problems, required: true);
        var codebook = codebookRoot is null ? null : CodebookReader.Read(codebookRoot);
        var registry = registryRoot is null ? null : RegistryReader.Read(registryRoot);
        if (codebook is null || registry is null)
        {
            return new LoadResult(null, problems);
        }

        var context = new ReadContext(codebook, registry);
        var sources = new List<Source>();
        var sourceFiles = files.List("sources").ToList();
        foreach (var name in sourceFiles)
        {
            if (Open(files, name, problems) is { } root)
            {
                foreach (var (source, at) in SourceReader.Read(root))
                {
                    context.Claim(source.Id, at, files.Display(name));
                    if (context.Sources.Add(source.Id))
                    {
                        sources.Add(source);
                    }
                }
            }
        }

        // The ledger reads its codebook and registry alone, without sources: check the registry's
        // citations only when the sources are part of what is read.
        if (sourceFiles.Count > 0 && checkRegistrySources)
        {
            RegistryReader.CheckSources(registryRoot!, context);
        }

        CheckNotApplicable(registryRoot!, codebook, registry);

        var treatyRoots = files.List("treaties").Select(n => (Name: n, Root: Open(files, n, problems))).ToList();
        foreach (var (_, root) in treatyRoots)
        {
            if (root?.String("id") is { } id)
            {
                context.Treaties.Add(id);
            }
        }

        var treaties = treatyRoots.Where(t => t.Root is not null)
            .Select(t => TreatyReader.Read(t.Root!, context, files.Display(t.Name))).OfType<Treaty>().ToList();

        var observations = new List<Observation>();
        var events = new List<Event>();
        foreach (var name in files.List("evidence"))
        {
            if (Open(files, name, problems) is { } root)
            {
                var (o, e) = EvidenceReader.Read(root, context, files.Display(name));
                observations.AddRange(o);
                events.AddRange(e);
            }
        }

        var codings = new CodingReader(context, observations);
        foreach (var name in files.List("codings"))
        {
            if (Open(files, name, problems) is { } root)
            {
                codings.Read(root, files.Display(name));
            }
        }

        var dataset = new Core.Dataset(codebook, registry, new Ledger(sources, observations, events, treaties)) { Codings = codings.Codings };
        return new LoadResult(dataset, problems);
    }

    private static void CheckNotApplicable(FieldReader registryRoot, Core.Coding.Codebook codebook, Core.Registry.PlaceRegistry registry)
    {
        var domains = codebook.FunctionalDomains.Select(d => d.Id).ToList();
        foreach (var item in registryRoot.Items("territories"))
        {
            if (item.String("id") is { } id && registry.Find(id) is { } place)
            {
                foreach (var domain in place.NotApplicable.Keys.Where(k => !domains.Contains(k, StringComparer.Ordinal)))
                {
                    item.Problem("not_applicable", $"'{domain}' is not a functional domain (one of: {string.Join(", ", domains)})");
                }
            }
        }
    }

    private static FieldReader? Open(IFileSet files, string name, List<DatasetProblem> problems, bool required = false)
    {
        var text = files.Read(name, out var error, out var line);
        if (text is null)
        {
            if (required || error is not null)
            {
                problems.Add(new DatasetProblem(files.Display(name), line, "", error ?? "is missing: every dataset needs one"));
            }

            return null;
        }

        return YamlFile.Open(files.Display(name), text, problems);
    }
}
