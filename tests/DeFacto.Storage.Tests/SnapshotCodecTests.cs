using DeFacto.Storage.Records;
using DeFacto.Storage.Schema;

namespace DeFacto.Storage.Tests;

/// <summary>The snapshot keeps every property of the dataset, and refuses bytes it did not write.</summary>
public sealed class SnapshotCodecTests
{
    [Fact]
    public void WriteRead_TheBundledDataset_KeepsEveryProperty()
    {
        var data = TestData.Bundled;

        var back = SnapshotCodec.Read(SnapshotCodec.Write(data));

        Assert.Equal(TestData.Whole(data), TestData.Whole(back));
        Assert.NotEmpty(back.Codings);
        Assert.NotEmpty(back.Ledger.Treaties.SelectMany(t => t.Provisions));
    }

    [Fact]
    public void Read_CutShortOrPadded_IsAFormatException()
    {
        var bytes = SnapshotCodec.Write(TestData.Bundled);

        Assert.Throws<FormatException>(() => SnapshotCodec.Read(bytes[..(bytes.Length / 2)]));
        Assert.Throws<FormatException>(() => SnapshotCodec.Read([.. bytes, 0]));
        Assert.Throws<FormatException>(() => SnapshotCodec.Read([0xFF, 0xFF, 0xFF, 0xFF, 0x0F]));
    }

    [Fact]
    public void CountedTables_AreEveryTableTheDatasetIsReadFrom()
    {
        string[] read = [Tables.Documents.Name, Tables.Sources.Name, Tables.Observations.Name, Tables.Events.Name, Tables.Treaties.Name, Tables.Ratifications.Name, Tables.Provisions.Name, Tables.Codings.Name];

        Assert.Equal(read.Order(), M202612010004Snapshot.CountedTables.Order());
    }
}
