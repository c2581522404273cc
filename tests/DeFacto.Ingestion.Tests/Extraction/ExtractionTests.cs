using DeFacto.Core.Evidence;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

public sealed class ExtractionTests
{
    private static IngestionResult Run(string text, string? published = "2020-06") =>
        TestCodebook.Pipeline.Run(DocumentInput.FromText("t.txt", text) with
        {
            Published = published is null ? null : Core.Time.PartialDate.Parse(published).Value,
        });

    [Fact]
    public void Run_FigureNearItsCue_BecomesACandidateWithSpanAndQuote()
    {
        var text = "North Enclave hosts some 3,500 Patronian soldiers.";

        var fact = Assert.Single(Run(text).Observations);

        Assert.Equal(("north-enclave", "security.patron_troops", 3500.0), (fact.Territory, fact.Indicator, fact.Value!.Value));
        Assert.Equal("approximate", fact.Qualifier);
        Assert.Equal(EvidenceStatus.InPlace, fact.Status);
        Assert.Equal(text, text.Substring(fact.Span.Start, fact.Span.Length));
    }

    [Fact]
    public void Run_TwoFiguresTwoCues_PairsEachWithTheNearest()
    {
        var result = Run("In North Enclave, 2,000 soldiers guard 30,000 inhabitants.");

        Assert.Contains(result.Observations, o => o.Indicator == "security.patron_troops" && o.Value == 2000);
        Assert.Contains(result.Observations, o => o.Indicator == "population.residents" && o.Value == 30000);
        Assert.Equal(2, result.Observations.Count);
    }

    [Fact]
    public void Run_FigureWithoutCue_IsNotProposed()
    {
        Assert.Empty(Run("North Enclave received 2,000 tonnes of grain.").Observations);
    }

    [Fact]
    public void Run_CountForTwoTerritoriesTogether_IsNotGivenToEither()
    {
        Assert.Empty(Run("Patronia keeps 7,600 troops in North Enclave and South Enclave.").Observations);
    }

    [Fact]
    public void Run_CountForEachOfTwoTerritories_IsGivenToBoth()
    {
        var result = Run("Patronia keeps troops in North Enclave and South Enclave. It said 3,800 soldiers serve in each of the enclaves.");

        Assert.Equal(["north-enclave", "south-enclave"], result.Observations.Where(o => o.Value == 3800).Select(o => o.Territory).Order());
    }

    [Fact]
    public void Run_YearsAgo_DatesTheEventInTheDocumentsMonth()
    {
        var result = Run("Crowds celebrated the annexation of North Enclave one year ago.", published: "2015-03-19");

        Assert.Equal("2014-03", Assert.Single(result.Events).Date.ToString());
    }

    [Fact]
    public void Run_RegionWithoutName_FallsBackToTheMainTerritory()
    {
        var result = Run("North Enclave is small. The region has 30,000 inhabitants.");

        Assert.Equal("north-enclave", Assert.Single(result.Observations).Territory);
    }

    [Fact]
    public void Run_PledgeWord_MarksThePledge()
    {
        var fact = Assert.Single(Run("Patronia will station 4,000 troops in North Enclave.").Observations);

        Assert.Equal(EvidenceStatus.Pledged, fact.Status);
    }

    [Fact]
    public void Run_NegatedCategoryCue_IsNotProposed()
    {
        Assert.DoesNotContain(Run("Otherstan has not recognised North Enclave; there is no Patronian military base.").Observations, o => o.Category == "yes");
    }

    [Fact]
    public void Run_PluralReference_CodesEveryTerritoryOfThePreviousSentence()
    {
        var result = Run("North Enclave and South Enclave declared independence. Patronia's recognition of these enclaves as independent states came in August 2008.");

        var territories = result.Observations.Where(o => o.Indicator == "status.patron_recognition").Select(o => o.Territory).Order().ToList();
        Assert.Equal(["north-enclave", "south-enclave"], territories);
        Assert.All(result.Observations, o => Assert.Equal("2008-08", o.AsOf?.ToString()));
        Assert.Equal(2, result.Events.Count(e => e.Type == "recognition" && e.Date.ToString() == "2008-08"));
    }

    [Fact]
    public void Run_StatusCueInAnInformalSentence_IsNotProposed()
    {
        Assert.Empty(Run("North Enclave is effectively recognised by Patronia as independent.").Observations);
    }

    [Fact]
    public void Run_RecognisedAsPartOfAnotherState_IsNotRecognition()
    {
        var result = Run("North Enclave is recognised internationally as part of Parentland since 1992.");

        Assert.Empty(result.Observations);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Run_Question_IsNotEvidence()
    {
        Assert.Empty(Run("Does North Enclave really have 3,000 soldiers?").Observations);
    }

    [Fact]
    public void Run_TreatySignedWithWeekdayDate_DatesTheEventFromTheWeekday()
    {
        var result = Run("Talks began in January 2015. Last Wednesday, March 18, was busy. In the morning, Patronia signed a Treaty of Friendship and Cooperation with North Enclave.", published: null);

        var signed = Assert.Single(result.Events);
        Assert.Equal(("treaty-signed", "2015-03-18"), (signed.Type, signed.Date.ToString()));
        Assert.Equal(["patronia", "north-enclave"], signed.Parties);
        Assert.Equal("Treaty of Friendship and Cooperation", signed.Title);
    }

    [Fact]
    public void Run_Anniversary_DatesTheEventYearsBack()
    {
        var result = Run("On 18 March 2020 crowds marked the sixth anniversary of the annexation of North Enclave.");

        var annexation = Assert.Single(result.Events, e => e.Type == "annexation");
        Assert.Equal("2014-03", annexation.Date.ToString());
    }

    [Fact]
    public void Run_UndatedEvent_IsNotProposed()
    {
        Assert.Empty(Run("The annexation of North Enclave was gradual.").Events);
    }

    [Fact]
    public void Run_SameEventTwice_KeepsTheMorePreciseDate()
    {
        var result = Run("Patronia has just signed a treaty with North Enclave. It was signed on 3 June 2020 in Capitalgrad.");

        var signed = Assert.Single(result.Events);
        Assert.Equal("2020-06-03", signed.Date.ToString());
    }
}
