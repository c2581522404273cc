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
    public void Write_Replace_SwapsTheOldContentsOut()
    {
        using var temp = new TempDir();
        var target = temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");

        OutputDirectory.Write(target, true, dir => { File.WriteAllText(Path.Combine(dir, "new.txt"), "new"); return 0; });

        Assert.Equal(["new.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
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

    [Fact]
    public void Write_ReplaceTheWorkingFolder_IsRefused()
    {
        var here = Directory.GetCurrentDirectory();

        var e = Assert.Throws<ExportException>(() => OutputDirectory.Write(here, true, _ => 0));

        Assert.Contains("working folder", e.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(here));
    }
}
