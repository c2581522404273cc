using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Exports;
using DeFacto.Exports.Formats;
using DeFacto.Exports.Packaging;
using DeFacto.Exports.Panel;
using DeFacto.Exports.Releases;

namespace DeFacto.Analysis.Publishing;

/// <summary>
/// The export, release and diff use cases. A folder that is not empty, a release that exists, a file
/// that fails its checksum: each comes back as a problem, never as an exception.
/// </summary>
public static class Publish
{
    public static Outcome<PanelOptions> Panel(PanelArguments arguments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var options = new PanelOptions(today, arguments.From, arguments.To, arguments.Draws, arguments.Seed);
        return options.Problem() is { } problem ? Outcomes.Fail<PanelOptions>(Problem.Invalid(null, problem)) : Outcomes.Of(options);
    }

    public static Outcome<ExportPlan> PlanExport(ExportArguments arguments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var panel = Panel(arguments.Panel, today);
        var format = ExportFormats.Parse(arguments.Format) is { } f
            ? Outcomes.Of(f)
            : Outcomes.Fail<ExportFormat>(Problem.Invalid("format", $"'{arguments.Format}' is not a format: use {string.Join(", ", ExportFormats.All.Select(ExportFormats.Name))}"));
        var folder = string.IsNullOrWhiteSpace(arguments.Out)
            ? Outcomes.Fail<string>(Problem.Invalid("out", "give the folder to write the files into"))
            : Outcomes.Of(arguments.Out);
        var problems = Outcomes.ProblemsOf(format, folder, panel);
        return problems.Count > 0
            ? Outcomes.Fail<ExportPlan>(problems)
            : Outcomes.Of(new ExportPlan(format.Value, folder.Value, arguments.Force, panel.Value));
    }

    public static Outcome<Written> Export(Core.Dataset dataset, ExportPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(plan);
        return Refusing(() =>
        {
            var set = ExportSet.Create(dataset, PanelBuilder.Build(dataset, plan.Panel));
            var files = OutputDirectory.Write(plan.Out, plan.Force, dir => Exporter.Write(set, plan.Format, dir, new PackageInfo(now)));
            return new Written(set, files);
        });
    }

    public static Outcome<ReleasePlan> PlanRelease(ReleaseArguments arguments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var version = arguments.Version ?? "";
        var checkedVersion = ReleaseFolder.VersionProblem(version) is { } problem
            ? Outcomes.Fail<string>(Problem.Invalid("version", problem))
            : Outcomes.Of(version);
        var panel = Panel(arguments.Panel, today);
        var problems = Outcomes.ProblemsOf(checkedVersion, panel);
        return problems.Count > 0
            ? Outcomes.Fail<ReleasePlan>(problems)
            : Outcomes.Of(new ReleasePlan(version, string.IsNullOrWhiteSpace(arguments.Releases) ? "releases" : arguments.Releases, panel.Value));
    }

    /// <summary>Freezes the data files in <paramref name="dataDirectory"/> (and the evidence they hold) into a release.</summary>
    public static Outcome<Released> Release(ReleasePlan plan, string dataDirectory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return DatasetFolder.Load(dataDirectory).Then(dataset => Refusing(() =>
        {
            var (path, manifest, set) = ReleaseBuilder.Create(dataset, new ReleaseRequest(plan.Version, plan.Releases, dataDirectory, plan.Panel, now));
            return new Released(path, manifest, set);
        }));
    }

    /// <summary>What changed between two releases, each given as its folder or as a version under <paramref name="releases"/>.</summary>
    public static Outcome<ReleaseDiff> Diff(string before, string after, string releases)
    {
        var a = ReleaseAt(before, releases, "before");
        var b = ReleaseAt(after, releases, "after");
        var problems = Outcomes.ProblemsOf(a, b);
        if (problems.Count > 0)
        {
            return Outcomes.Fail<ReleaseDiff>(problems);
        }

        try
        {
            return Outcomes.Of(ReleaseComparer.Compare(a.Value, b.Value));
        }
        catch (Exception e) when (e is ExportException or IOException or InvalidDataException)
        {
            // A release that fails its checksums (a deleted or damaged file) cannot always be compared: say what
            // is wrong with it, rather than as if the input were bad.
            var broken = Broken(a.Value).Concat(Broken(b.Value)).Select(p => new Problem(ProblemKind.Refused, "integrity", p)).ToList();
            return broken.Count == 0
                ? Outcomes.Fail<ReleaseDiff>(Problem.Refused(e.Message))
                : Outcomes.Fail<ReleaseDiff>([.. broken, Problem.Refused("the releases were not compared: restore the damaged release from a copy, or rebuild it")]);
        }
    }

    private static List<string> Broken(string release)
    {
        try
        {
            return ReleaseVerifier.Verify(release).Select(p => $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(release))}: {p}").ToList();
        }
        catch (ExportException e)
        {
            return [e.Message];
        }
    }

    private static Outcome<string> ReleaseAt(string text, string releases, string field)
    {
        if (Directory.Exists(text))
        {
            return Outcomes.Of(text);
        }

        var byVersion = ReleaseFolder.PathOf(releases, text);
        return Directory.Exists(byVersion)
            ? Outcomes.Of(byVersion)
            : Outcomes.Fail<string>(Problem.NotFound(field, $"no release '{text}': give a release folder, or a version found as {byVersion}"));
    }

    // The exports say what the user can fix by throwing; this is the one place that turns that into a value.
    private static Outcome<T> Refusing<T>(Func<T> body)
    {
        try
        {
            return Outcomes.Of(body());
        }
        catch (ExportException e)
        {
            return Outcomes.Fail<T>(Problem.Refused(e.Message));
        }
    }
}
