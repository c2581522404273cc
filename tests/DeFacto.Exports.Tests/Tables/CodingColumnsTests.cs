using DeFacto.Core.Evidence;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Tests.Tables;

public sealed class CodingColumnsTests
{
    [Fact]
    public void ObservationTable_RecodedObservation_KeepsBothCodingsWithTheirCoders()
    {
        var data = TestData.Load();
        var first = data.Ledger.CodedObservations.First(o => o.Value.IsCategory);
        var recoding = new ObservationCoding
        {
            Observation = first.Id,
            Coder = "second-coder",
            Value = ObservedValue.OfCategory("other"),
            Status = EvidenceStatus.Pledged,
            CodedOn = PartialDate.Parse("2026-12-01").Value,
            Resolution = new Resolution { Value = first.Value, Reason = "the source's own words" },
        };

        var table = ObservationTable.Build(data with { Codings = [recoding] });

        var columns = table.Columns.Select(c => c.Name).ToList();
        var row = table.Rows.Single(r => (string?)r[columns.IndexOf("observation_id")] == first.Id);
        Assert.Equal(first.Coder, row[columns.IndexOf("coder")]);
        Assert.Equal(first.Value.Category, row[columns.IndexOf("category")]);
        Assert.Equal("second-coder", row[columns.IndexOf("second_coder")]);
        Assert.Equal("other", row[columns.IndexOf("second_value_text")]);
        Assert.Equal("pledged", row[columns.IndexOf("second_status")]);
        Assert.Equal("2026-12-01", row[columns.IndexOf("second_coded_on")]);
        Assert.Equal(first.Value.Category, row[columns.IndexOf("resolution_value_text")]);
        Assert.Equal("the source's own words", row[columns.IndexOf("resolution_reason")]);
        Assert.All(table.Rows.Where(r => r != row), r => Assert.Null(r[columns.IndexOf("second_coder")]));
    }
}
