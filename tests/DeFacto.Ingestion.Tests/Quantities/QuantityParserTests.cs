using System.Globalization;
using CsCheck;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Tests.Quantities;

public sealed class QuantityParserTests
{
    private static List<Quantity> Parse(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var quantities = QuantityParser.Parse(text, tokens);
        HedgeReader.Apply(tokens, quantities);
        return quantities;
    }

    [Theory]
    [InlineData("some 3,500 soldiers", 3500)]
    [InlineData("some 3.500 soldiers", 3500)]
    [InlineData("some 3 500 soldiers", 3500)]
    [InlineData("some 3\u00A0500 soldiers", 3500)]
    [InlineData("1,234,567 people", 1234567)]
    [InlineData("1.234.567 people", 1234567)]
    [InlineData("a 2.5 ratio", 2.5)]
    [InlineData("a 2,5 ratio", 2.5)]
    [InlineData("1,234.5 units", 1234.5)]
    [InlineData("1.234,5 units", 1234.5)]
    [InlineData("28 thousand people", 28000)]
    [InlineData("240 000 people", 240000)]
    [InlineData("Ninety-five residents", 95)]
    [InlineData("two hundred thousand people", 200000)]
    [InlineData("three thousand five hundred soldiers", 3500)]
    public void Parse_Count_ReadsEveryGrouping(string text, double expected)
    {
        var quantity = Assert.Single(Parse(text));

        Assert.Equal(expected, quantity.Value!.Value, 6);
    }

    [Theory]
    [InlineData("30–40,000 inhabitants", 30000, 40000)]
    [InlineData("30-40,000 inhabitants", 30000, 40000)]
    [InlineData("between 20,000 and 25,000 people", 20000, 25000)]
    [InlineData("2–3 million people", 2000000, 3000000)]
    [InlineData("from 5 to 7 per cent", 5, 7)]
    [InlineData("10–12% of the budget", 10, 12)]
    public void Parse_Range_GivesBothEnds(string text, double low, double high)
    {
        var quantity = Assert.Single(Parse(text));

        Assert.Equal(low, quantity.Low);
        Assert.Equal(high, quantity.High);
    }

    [Theory]
    [InlineData("90 per cent of residents", 90)]
    [InlineData("90% of residents", 90)]
    [InlineData("Seventy percent of the budget", 70)]
    [InlineData("Ninety-five percent of citizens", 95)]
    [InlineData("two-thirds of the budget", 66.7)]
    [InlineData("two thirds of the budget", 66.7)]
    [InlineData("a third of the budget", 33.3)]
    [InlineData("half of the budget", 50)]
    [InlineData("95 процентов жителей", 95)]
    public void Parse_Share_IsPercent(string text, double expected)
    {
        var quantity = Assert.Single(Parse(text));

        Assert.Equal(QuantityKind.Percent, quantity.Kind);
        Assert.Equal(expected, quantity.Value!.Value, 1);
    }

    [Theory]
    [InlineData("one in seven residents", 1 / 7.0)]
    [InlineData("1 in 20 people", 0.05)]
    [InlineData("one out of every five people", 0.2)]
    public void Parse_OneInN_IsRatio(string text, double expected)
    {
        var quantity = Assert.Single(Parse(text));

        Assert.Equal(QuantityKind.Ratio, quantity.Kind);
        Assert.Equal(expected, quantity.Value!.Value, 3);
    }

    [Theory]
    [InlineData("one billion rubles ($16 million)", "RUB", 1e9)]
    [InlineData("$16 million", "USD", 16e6)]
    [InlineData("144 bn drams", "AMD", 144e9)]
    [InlineData("€20m", "EUR", 20e6)]
    public void Parse_Money_KeepsCurrencyAndScale(string text, string currency, double value)
    {
        var money = Parse(text).First();

        Assert.Equal(QuantityKind.Money, money.Kind);
        Assert.Equal(currency, money.Unit);
        Assert.Equal(value, money.Value);
    }

    [Theory]
    [InlineData("in 2008 the war began")]
    [InlineData("under Article 3 of the treaty")]
    [InlineData("Articles 3 and 5 say so")]
    [InlineData("on March 18 they met")]
    [InlineData("on 18 March they met")]
    [InlineData("the early 2000s")]
    [InlineData("the 18th anniversary")]
    [InlineData("an S-300 system")]
    [InlineData("the one with Abkhazia")]
    [InlineData("two days later")]
    [InlineData("a 22-25 km-long section")]
    [InlineData("an area of 3,900 square kilometres")]
    [InlineData("the citizens,[7] who")]
    [InlineData("assistance in 2015-2017")]
    public void Parse_YearsLabelsAndOrdinals_AreNotFigures(string text)
    {
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void Parse_PartOfWhole_AddsComputedShare()
    {
        var share = Assert.Single(Parse("20,000 of the 30,000 residents hold passports"), q => q.Computed);

        Assert.Equal(66.7, share.Value!.Value, 1);
    }

    [Theory]
    [InlineData("an estimated 90 per cent", "estimate")]
    [InlineData("It has been estimated that 90 per cent", "estimate")]
    [InlineData("some 3,500 soldiers", "approximate")]
    [InlineData("perhaps only 30,000 inhabitants", "approximate")]
    [InlineData("more than 1,000 people", "approximate")]
    [InlineData("almost 95 per cent", "approximate")]
    [InlineData("officially 4,000 troops", "official")]
    [InlineData("a disputed 12,000 people", "disputed")]
    [InlineData("reportedly 7,000 troops", "claimed")]
    [InlineData("1,500 strong", null)]
    public void Apply_Hedge_MapsToQualifier(string text, string? qualifier)
    {
        Assert.Equal(qualifier, Parse(text).First().Qualifier);
    }

    [Fact]
    public void Apply_RemainingShare_IsMarkedAsComplement()
    {
        var quantity = Parse("passports for the remaining residents (estimated 10 per cent)").Single();

        Assert.True(quantity.Complement);
    }

    [Fact]
    public void Parse_AnyGroupedInteger_ReadsBackItsValue()
    {
        Gen.Int[1000, 99_999_999].Select(Gen.Char[",. "]).Sample((n, separator) =>
        {
            var grouped = n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', separator);
            var quantity = Parse($"about {grouped} people").Single();
            return quantity.Value == n;
        });
    }

    [Fact]
    public void Parse_ArbitraryText_NeverThrows()
    {
        Gen.String[Gen.Char["0123456789,.– -%$€ inofthousandpercentone seven"], 0, 80].Sample(text => Parse(text).Count >= 0);
    }
}
