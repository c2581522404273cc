using System.CommandLine;
using DeFacto.Exports.Releases;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto diff V1 V2</c>: what changed between two releases, observation by observation and panel cell by cell.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("before") { Description = "The older release: its folder, or its version under --releases" };
        var after = new Argument<string>("after") { Description = "The newer release: its folder, or its version under --releases" };
        var releases = new Option<string>("--releases")
        {
            Description = "Folder that holds releases, for versions given by number (default: releases)",
            DefaultValueFactory = _ => "releases",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("diff",
            "List what changed between two releases: observations added, removed or corrected (matched by id), and every panel cell that moved, with the observations that moved it. Exits 1 when a release fails its checksums")
        {
            before, after, releases, format,
        };
        command.SetAction(r => Guard.Run(context, () =>
        {
            var a = Resolve(r.GetValue(before)!, r.GetValue(releases)!);
            var b = Resolve(r.GetValue(after)!, r.GetValue(releases)!);
            ReleaseDiff diff;
            try
            {
                diff = PanelArguments.Translate(() => ReleaseComparer.Compare(a, b));
            }
            catch (Exception e) when (e is UserErrorException or IOException or InvalidDataException)
            {
                // A release that fails its checksums (a deleted or damaged file) cannot always be compared; say
                // what is wrong with it and exit as the help says, rather than as if the input were bad.
                var broken = Broken(a).Concat(Broken(b)).ToList();
                if (broken.Count == 0)
                {
                    throw;
                }

                foreach (var problem in broken)
                {
                    context.Error.WriteLine($"defacto: integrity: {problem}");
                }

                context.Error.WriteLine("defacto: the releases were not compared: restore the damaged release from a copy, or rebuild it");
                return 1;
            }

            if (r.GetValue(format) == "json")
            {
                context.Out.Write(DiffJson.Write(diff));
            }
            else
            {
                Render(context.Out, diff);
            }

            foreach (var problem in diff.Integrity)
            {
                context.Error.WriteLine($"defacto: integrity: {problem}");
            }

            return diff.Integrity.Count > 0 ? 1 : 0;
        }));
        return command;
    }

    private static List<string> Broken(string release)
    {
        try
        {
            return ReleaseVerifier.Verify(release).Select(p => $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(release))}: {p}").ToList();
        }
        catch (Exports.ExportException e)
        {
            return [e.Message];
        }
    }

    private static string Resolve(string text, string releases)
    {
        if (Directory.Exists(text))
        {
            return text;
        }

        var byVersion = ReleaseFolder.PathOf(releases, text);
        return Directory.Exists(byVersion)
            ? byVersion
            : throw new UserErrorException($"no release '{text}': give a release folder, or a version found as {byVersion}");
    }

    private static void Render(TextWriter o, ReleaseDiff d)
    {
        o.WriteLine($"defacto {d.Before.Version} ({d.Before.Created:yyyy-MM-dd}, codebook v{d.Before.CodebookVersion}) → {d.After.Version} ({d.After.Created:yyyy-MM-dd}, codebook v{d.After.CodebookVersion})");
        if (d.Unchanged)
        {
            o.WriteLine("No change: the same observations and the same panel.");
            return;
        }

        var counts = d.Observations.CountBy(c => c.Kind).ToDictionary();
        o.WriteLine();
        o.WriteLine($"Evidence: {counts.GetValueOrDefault(ChangeKind.Added)} added, {counts.GetValueOrDefault(ChangeKind.Removed)} removed, {counts.GetValueOrDefault(ChangeKind.Changed)} corrected");
        foreach (var change in d.Observations)
        {
            o.WriteLine($"  {change.Describe()}");
        }

        var rows = d.Cells.GroupBy(c => new PanelKey(c.Territory, c.Year, c.Basis)).ToList();
        o.WriteLine();
        o.WriteLine($"Panel: {d.Cells.Count} cells changed in {rows.Count} rows; {d.RowsAdded.Count} rows added, {d.RowsRemoved.Count} removed");
        foreach (var list in new[] { ("columns added", d.ColumnsAdded), ("columns removed", d.ColumnsRemoved) }.Where(x => x.Item2.Count > 0))
        {
            o.WriteLine($"  {list.Item1}: {string.Join(", ", list.Item2)}");
        }

        foreach (var (name, keys) in new[] { ("rows added", d.RowsAdded), ("rows removed", d.RowsRemoved) }.Where(x => x.Item2.Count > 0))
        {
            o.WriteLine($"  {name}: {string.Join(", ", keys.Take(12))}{(keys.Count > 12 ? $", … {keys.Count - 12} more" : "")}");
        }

        foreach (var row in rows)
        {
            o.WriteLine($"  {row.Key}");
            foreach (var group in row.GroupBy(c => string.Join("\n", c.Because), StringComparer.Ordinal))
            {
                foreach (var cell in group)
                {
                    o.WriteLine($"    {cell.Column}: {Show(cell.Before)} → {Show(cell.After)}");
                }

                foreach (var reason in group.First().Because)
                {
                    o.WriteLine($"      because {reason}");
                }
            }
        }
    }

    private static string Show(string cell) => cell.Length == 0 ? "(empty)" : cell;
}
