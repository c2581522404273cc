using DeFacto.Exports.Packaging;

namespace DeFacto.Exports.Tests.Packaging;

public sealed class OutputDirectoryTests
{
    [Fact]
    public void Write_NewFolder_AppearsWithEverythingAndNoLeftovers()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out/nested");

        OutputDirectory.Write(target, false, dir => { File.WriteAllText(Path.Combine(dir, "a.txt"), "a"); return 0; });

        Assert.Equal("a", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Single(Directory.GetFileSystemEntries(temp.Sub("out")));
    }

    [Fact]
    public void Write_NonEmptyFolderWithoutReplace_IsRefusedAndUntouched()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");

        var e = Assert.Throws<ExportException>(() => OutputDirectory.Write(target, false, _ => 0));

        Assert.Contains("--force", e.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "keep.txt")));
    }

    [Fact]
    public void Write_Replace_WritesItsOwnFilesAndKeepsEveryOther()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        Directory.CreateDirectory(Path.Combine(target, ".git"));
        File.WriteAllText(Path.Combine(target, ".git", "HEAD"), "ref");
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");

        OutputDirectory.Write(target, true, dir => { File.WriteAllText(Path.Combine(dir, "new.txt"), "new"); return 0; });

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "new.txt")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "old.txt")));
        Assert.Equal("ref", File.ReadAllText(Path.Combine(target, ".git", "HEAD")));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_ReplaceAgain_RemovesOnlyTheFilesItWroteBefore()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        OutputDirectory.Write(target, false, dir => { File.WriteAllText(Path.Combine(dir, "a.csv"), "a"); return 0; });
        File.WriteAllText(Path.Combine(target, "notes.md"), "mine");

        OutputDirectory.Write(target, true, dir => { File.WriteAllText(Path.Combine(dir, "b.csv"), "b"); return 0; });

        Assert.False(File.Exists(Path.Combine(target, "a.csv")));
        Assert.True(File.Exists(Path.Combine(target, "b.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.md")));
    }

    [Fact]
    public void Write_Replace_ForeignFileWhereItsOwnGoes_IsRefusedAndUntouched()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "panel.csv"), "someone else's");

        var e = Assert.Throws<ExportException>(() => OutputDirectory.Write(target, true, dir => { File.WriteAllText(Path.Combine(dir, "panel.csv"), "ours"); return 0; }));

        Assert.Contains("panel.csv", e.Message, StringComparison.Ordinal);
        Assert.Equal("someone else's", File.ReadAllText(Path.Combine(target, "panel.csv")));
    }

    [Fact]
    public void Write_TwoWritersOfOneNewFolder_OnlyTheFirstToFinishWins()
    {
        using var temp = new TempDir();
        var target = temp.Sub("releases/defacto-1.0.0");
        using var slowStarted = new ManualResetEventSlim();
        using var fastDone = new ManualResetEventSlim();

        var slow = Task.Run(() => OutputDirectory.Write(target, false, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "who.txt"), "slow");
            slowStarted.Set();
            fastDone.Wait(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            return 0;
        }), TestContext.Current.CancellationToken);
        slowStarted.Wait(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        OutputDirectory.Write(target, false, dir => { File.WriteAllText(Path.Combine(dir, "who.txt"), "fast"); return 0; });
        fastDone.Set();

        Assert.Throws<ExportException>(() => slow.GetAwaiter().GetResult());
        Assert.Equal("fast", File.ReadAllText(Path.Combine(target, "who.txt")));
        Assert.Single(Directory.GetFileSystemEntries(temp.Sub("releases")));
    }

    [Fact]
    public void Write_FailureHalfway_LeavesTheOldFolderAndNoPartialOne()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");

        Assert.Throws<IOException>(() => OutputDirectory.Write<int>(target, true, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "half.txt"), "half");
            throw new IOException("disk full");
        }));

        Assert.Equal(["old.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }
}
