using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

/// <summary>
/// The classes of error extraction must avoid on prose it has not seen (issue 14), on invented
/// sentences with the repository's codebook: figures that stand near a cue without saying what the
/// indicator measures, events that are planned or alleged, and context that decides the territory.
/// </summary>
public sealed class GeneralisationTests
{
    private static IngestionResult Run(string text, string? published = "2021-06") =>
        Datasets.Pipeline.Run(DocumentInput.FromText("t.txt", text) with
        {
            Published = published is null ? null : Core.Time.PartialDate.Parse(published).Value,
        });

    private static IEnumerable<CandidateFact> Of(IngestionResult result, string indicator) => result.Observations.Where(o => o.Indicator == indicator);

    [Fact]
    public void AnAmountInRoubles_SaysNothingOfTheCurrency()
    {
        Assert.Empty(Of(Run("Moscow sent 5 billion Russian roubles to Abkhazia last year."), "finance.currency"));
    }

    [Fact]
    public void TheRoubleInUse_IsThePatronsCurrency()
    {
        var fact = Assert.Single(Of(Run("In Abkhazia salaries and prices are paid in Russian roubles, the only legal tender."), "finance.currency"));
        Assert.Equal("patron", fact.Category);
    }

    [Fact]
    public void OwnAndPatronCurrencyInUse_IsDual()
    {
        var fact = Assert.Single(Of(Run("The currency of Nagorno-Karabakh is the Nagorno-Karabakh dram, used alongside the Armenian dram."), "finance.currency"));
        Assert.Equal("dual", fact.Category);
    }

    [Fact]
    public void ResidentsWhoReceiveSomething_AreNotThePopulation()
    {
        Assert.Empty(Of(Run("Some 41,000 residents of Abkhazia have received Russian pensions this year."), "population.residents"));
    }

    [Fact]
    public void TheResidentsARegionHas_AreItsPopulation()
    {
        var fact = Assert.Single(Of(Run("South Ossetia has only about 52,000 residents, most of them in Tskhinvali."), "population.residents"));
        Assert.Equal(52000, fact.Value);
    }

    [Fact]
    public void ACutInFunding_IsNotABudgetShare()
    {
        Assert.Empty(Of(Run("Russia cut its contribution to the budget of Abkhazia by 20% this year."), "finance.patron_budget_share"));
    }

    [Fact]
    public void AShareOfTheBudgetFromThePatron_IsProposed()
    {
        var fact = Assert.Single(Of(Run("About 70 per cent of the budget of Abkhazia comes from Russian financial assistance."), "finance.patron_budget_share"));
        Assert.Equal(70, fact.Value);
    }

    [Fact]
    public void ABudgetShareFromTaxes_IsNotThePatrons()
    {
        Assert.Empty(Of(Run("The government of South Ossetia raises a quarter of its budget by levying customs duties."), "finance.patron_budget_share"));
    }

    [Fact]
    public void AidAndBudgetInOneSentence_GiveAComputedShare()
    {
        var fact = Assert.Single(Of(Run("The 2021 budget of Abkhazia amounts to 10 billion roubles, of which 4 billion roubles is Russian financial assistance."), "finance.patron_budget_share"));
        Assert.Equal(40, fact.Value);
        Assert.True(fact.Confidence < 0.7);
    }

    [Fact]
    public void AlmostAll_IsAnIntervalOfNinetyToAHundred()
    {
        var fact = Assert.Single(Of(Run("Almost all residents of South Ossetia now hold Russian passports."), "citizenship.patron_passport_share"));
        Assert.Equal((90.0, 100.0), (fact.Low!.Value, fact.High!.Value));
    }

    [Fact]
    public void TheMostImportant_IsNotAShare()
    {
        Assert.Empty(Of(Run("Russian passports are the most important documents for residents of Abkhazia."), "citizenship.patron_passport_share"));
    }

    [Fact]
    public void TheTerritorysOwnConscripts_AreNotThePatronsTroops()
    {
        Assert.Empty(Of(Run("Abkhazia can call up 6,000 conscripted troops in an emergency."), "security.patron_troops"));
    }

    [Fact]
    public void TwoTerritoriesNamedTogether_BothGetTheFact()
    {
        var result = Run("Russia recognised South Ossetia and Abkhazia as independent states in August 2008.");
        Assert.Equal(["abkhazia", "south-ossetia"], Of(result, "status.patron_recognition").Select(o => o.Territory).Order());
    }

    [Theory]
    [InlineData("Putin submitted the treaty with Abkhazia to the State Duma for ratification on 5 May 2021.")]
    [InlineData("The referendum in South Ossetia on joining Russia was scheduled for 17 July 2022.", "2022-05-31")]
    [InlineData("Georgia accuses Russia of annexing South Ossetia in 2015.")]
    [InlineData("The leaders will sign the treaty with South Ossetia on 30 March 2022.", "2022-03-28")]
    public void PlansSubmissionsAndAccusations_AreNotEvents(string text, string published = "2021-06")
    {
        Assert.Empty(Run(text, published).Events);
    }

    [Fact]
    public void AMonthWithoutAYear_AfterTheDocument_IsLastYears()
    {
        var e = Assert.Single(Run("The treaty with Abkhazia was signed by Putin and Khajimba in November.", "2015-02-04").Events);
        Assert.Equal("2014-11", e.Date.ToString());
    }

    [Fact]
    public void AHeldReferendum_IsAnEvent()
    {
        var e = Assert.Single(Run("A referendum was held in South Ossetia on 12 November 2006.").Events);
        Assert.Equal(("referendum", "2006-11-12"), (e.Type, e.Date.ToString()));
    }

    [Fact]
    public void AMetadataHeader_IsNotTheDocumentsText()
    {
        var result = Run("source: https://example.org/a\nnote: summary: 90% of the budget of Abkhazia from Russia\n\nThe weather in Abkhazia was fine.", published: null);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void ACandidate_CarriesItsSentenceAndParagraph()
    {
        const string text = "Abkhazia is small. About 70 per cent of its budget comes from Russian financial assistance. Tourism is growing.";
        var fact = Assert.Single(Of(Run(text), "finance.patron_budget_share"));
        Assert.Equal("About 70 per cent of its budget comes from Russian financial assistance.", fact.Sentence!.Text);
        Assert.Equal(fact.Sentence.Text, text.Substring(fact.Sentence.Span.Start, fact.Sentence.Span.Length));
        Assert.Equal(text, fact.Paragraph!.Text);
    }
}
