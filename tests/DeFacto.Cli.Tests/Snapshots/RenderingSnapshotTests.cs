namespace DeFacto.Cli.Tests.Snapshots;

/// <summary>
/// The text and Markdown renderings of assess, timeline and compare, byte for byte, over a small invented
/// dataset (Snapshots/data) with a frozen codebook, so a change to data/ does not move them. Each approved
/// output is a file beside this one; a differing run writes <c>*.received.txt</c> next to the approved
/// file to compare, and fails. To approve a deliberate change, copy the received file over the approved one.
/// </summary>
public sealed class RenderingSnapshotTests
{
    private static readonly string Folder = Path.Combine(FindTestProject(), "Snapshots");

    public static TheoryData<string, string[]> Cases => new()
    {
        { "assess-table", ["assess", "alpha", "--as-of", "2020-12-31"] },
        { "assess-markdown", ["assess", "alpha", "--as-of", "2020-12-31", "--format", "markdown"] },
        { "timeline-table", ["timeline", "alpha", "--from", "2014", "--to", "2020"] },
        { "timeline-markdown", ["timeline", "alpha", "--from", "2014", "--to", "2020", "--format", "markdown"] },
        { "compare-table", ["compare", "alpha", "beta", "--as-of", "2019-06-30"] },
        { "compare-markdown", ["compare", "alpha", "beta", "--as-of", "2019-06-30", "--format", "markdown"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendering_MatchesTheApprovedFile(string name, string[] args)
    {
        var run = CliRun.Of([.. args, "--data", Path.Combine(Folder, "data")]);
        Assert.True(run.Exit == 0, run.Error);

        var approved = Path.Combine(Folder, name + ".approved.txt");
        var received = Path.Combine(Folder, name + ".received.txt");
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (expected != run.Out)
        {
            File.WriteAllText(received, run.Out);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.True(expected is not null, $"no approved rendering yet: review {received} and copy it to {approved}");
        Assert.Equal(expected, run.Out);
    }

    // The approved files live in the source tree (not the build output), so that a received file lands beside them.
    private static string FindTestProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeFacto.Cli.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the DeFacto.Cli.Tests project folder is not above " + AppContext.BaseDirectory);
    }
}
