using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

/// <summary>Which cue a figure belongs to, and which date an event takes, when a sentence offers several.</summary>
public sealed class AttachmentTests
{
    private static IngestionResult Run(string text) =>
        TestCodebook.Pipeline.Run(DocumentInput.FromText("t.txt", text) with { Published = Core.Time.PartialDate.Parse("2020-06").Value });

    [Fact]
    public void Run_CountOfDocumentsNearResidents_NotTakenAsPopulation()
    {
        var result = Run("Officials said 120,000 Patronian passports had been handed to North Enclave residents.");

        Assert.DoesNotContain(result.Observations, o => o.Indicator == "population.residents" && o.Value == 120000);
    }

    [Fact]
    public void Run_CountWithModifierBeforeItsNoun_StillPaired()
    {
        var result = Run("A 2,000 strong Patronian garrison of soldiers and 40,000 inhabitants share North Enclave.");

        Assert.Contains(result.Observations, o => o.Indicator == "population.residents" && o.Value == 40000);
    }

    [Fact]
    public void Run_GenericPeopleNoun_StillCountsResidents()
    {
        var result = Run("North Enclave has 45,000 people, according to its residents register.");

        Assert.Contains(result.Observations, o => o.Indicator == "population.residents" && o.Value == 45000);
    }

    [Fact]
    public void Run_EventDateInAnotherClause_TakesTheDateOfItsOwnClause()
    {
        var result = Run("North Enclave proclaimed independence in 1992 and was recognised by Patronia in May 2009.");

        var recognition = Assert.Single(result.Events, e => e.Type == "recognition");
        Assert.Equal("2009-05", recognition.Date.ToString());
    }
}
