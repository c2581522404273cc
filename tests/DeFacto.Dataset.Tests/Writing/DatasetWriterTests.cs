using System.Text.Json;
using DeFacto.Dataset.Writing;

namespace DeFacto.Dataset.Tests.Writing;

public sealed class DatasetWriterTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static string DataDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeFacto.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "data");
        }
    }

    [Fact]
    public void Render_BundledData_ReadsBackEqual()
    {
        var original = Read(DataDirectory);
        var files = DatasetWriter.Render(original, DatasetDocuments.FromDirectory(DataDirectory));

        var again = DatasetReader.Load(files);

        Assert.Empty(again.Problems);
        Assert.Equal(Snapshot(original), Snapshot(again.Dataset!));
    }

    [Fact]
    public void Render_Twice_GivesTheSameText()
    {
        var original = Read(DataDirectory);
        var documents = DatasetDocuments.FromDirectory(DataDirectory);
        var first = DatasetWriter.Render(original, documents);

        var second = DatasetWriter.Render(DatasetReader.Load(first).Dataset!, documents);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_ToFolder_ReadsBackFromDisk()
    {
        var original = Read(DataDirectory);
        var target = Path.Combine(Path.GetTempPath(), "defacto-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetWriter.Write(original, DatasetDocuments.FromDirectory(DataDirectory), target);

            var again = DatasetReader.Load(target);

            Assert.Empty(again.Problems);
            Assert.Equal(Snapshot(original), Snapshot(again.Dataset!));
            Assert.True(File.Exists(Path.Combine(target, "evidence", "south-ossetia.yaml")));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void Render_AwkwardText_IsQuotedSoItReadsBack()
    {
        var original = Read(DataDirectory);
        var first = original.Ledger.CodedObservations[0];
        var awkward = first with { Locator = "yes", Note = "line one\nline two: \"quoted\" #not a comment", Quote = "null" };
        var ledger = new Core.Evidence.Ledger(original.Ledger.Sources, [awkward, .. original.Ledger.CodedObservations.Skip(1)],
            original.Ledger.CodedEvents, original.Ledger.Treaties);

        var again = DatasetReader.Load(DatasetWriter.Render(original with { Ledger = ledger }, DatasetDocuments.FromDirectory(DataDirectory)));

        Assert.Empty(again.Problems);
        var read = again.Dataset!.Ledger.CodedObservations.Single(o => o.Id == first.Id);
        Assert.Equal(("yes", awkward.Note, "null"), (read.Locator, read.Note, read.Quote));
    }

    [Fact]
    public void Render_PeriodAndEndingEvent_ReadBack()
    {
        var original = Read(DataDirectory);
        var first = original.Ledger.CodedObservations[0];
        var withSince = first with { Since = Core.Time.PartialDate.Parse("2008").Value };
        var war = original.Ledger.CodedEvents[0] with { Ends = ["security", "border"] };
        var none = original.Ledger.CodedEvents[1] with { Ends = [] };
        var ledger = new Core.Evidence.Ledger(original.Ledger.Sources, [withSince, .. original.Ledger.CodedObservations.Skip(1)],
            [war, none, .. original.Ledger.CodedEvents.Skip(2)], original.Ledger.Treaties);

        var again = DatasetReader.Load(DatasetWriter.Render(original with { Ledger = ledger }, DatasetDocuments.FromDirectory(DataDirectory)));

        Assert.Empty(again.Problems);
        Assert.Equal(withSince.Since, again.Dataset!.Ledger.CodedObservations.Single(o => o.Id == first.Id).Since);
        Assert.Equal(["security", "border"], again.Dataset.Ledger.CodedEvents.Single(e => e.Id == war.Id).Ends!);
        Assert.Empty(again.Dataset.Ledger.CodedEvents.Single(e => e.Id == none.Id).Ends!);
        Assert.Null(again.Dataset.Ledger.CodedEvents.Single(e => e.Id == original.Ledger.CodedEvents[2].Id).Ends);
    }

    [Fact]
    public void Load_EventEndingAnUnknownDomain_NamesTheField()
    {
        var original = Read(DataDirectory);
        var bad = original.Ledger.CodedEvents[0] with { Ends = ["borders"] };
        var ledger = new Core.Evidence.Ledger(original.Ledger.Sources, original.Ledger.CodedObservations,
            [bad, .. original.Ledger.CodedEvents.Skip(1)], original.Ledger.Treaties);

        var again = DatasetReader.Load(DatasetWriter.Render(original with { Ledger = ledger }, DatasetDocuments.FromDirectory(DataDirectory)));

        var problem = Assert.Single(again.Problems);
        Assert.EndsWith("ends", problem.Field, StringComparison.Ordinal);
        Assert.Contains("did you mean border", problem.Message, StringComparison.Ordinal);
    }

    private static Core.Dataset Read(string directory)
    {
        var result = DatasetReader.Load(directory);
        Assert.Empty(result.Problems);
        return result.Dataset!;
    }

    // Records hold lists, which compare by reference; JSON compares them by content.
    private static string Snapshot(Core.Dataset d) => JsonSerializer.Serialize(new
    {
        Sources = d.Ledger.Sources.OrderBy(s => s.Id, StringComparer.Ordinal),
        Observations = d.Ledger.CodedObservations.OrderBy(o => o.Id, StringComparer.Ordinal),
        Events = d.Ledger.CodedEvents.OrderBy(e => e.Id, StringComparer.Ordinal),
        Treaties = d.Ledger.Treaties.OrderBy(t => t.Id, StringComparer.Ordinal),
    }, Json);
}
