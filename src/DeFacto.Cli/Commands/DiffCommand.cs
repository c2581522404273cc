using System.CommandLine;
using DeFacto.Analysis.Publishing;
using DeFacto.Cli.Answers;
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
            ProblemText.Render(context, Publish.Diff(r.GetValue(before)!, r.GetValue(after)!, r.GetValue(releases)!), diff => Show(context, r.GetValue(format) == "json", diff))));
        return command;
    }

    private static int Show(CliContext context, bool json, ReleaseDiff diff)
    {
        if (json)
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
