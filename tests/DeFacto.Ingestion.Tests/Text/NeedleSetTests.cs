using System.Buffers;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Tests.Text;

public sealed class NeedleSetTests
{
    private static readonly string[] Texts =
    [
        "The treaty was signed in Moscow.",
        "THE TREATY WAS SIGNED.",
        "It was quiet — nobody “signed” anything, they said.",
        "Договор был подписан в Москве.",
        "ДОГОВОР ПОДПИСАН",
        "Der Vertrag wurde unterzeichnet, sagte der Außenminister.",
        "DIE GRÜNE GRENZE",
        "nothing at all here",
        "",
        "Ratified — “ratifiziert” — ратифицирован",
        "A Kelvin sign \u212A and a dotless \u0131 and a long \u017F.",
    ];

    [Theory]
    [InlineData("sign|подпис|ratif|grün|außen")]
    [InlineData("treat|moscow")]
    [InlineData("договор|ратифиц")]
    [InlineData("kelvin|\u0131n|\u017Fign")]
    public void IsIn_AnswersAsOneSearchOverAllTheWords(string words)
    {
        var needles = words.Split('|');
        var set = new NeedleSet(needles);
        var reference = SearchValues.Create(needles, StringComparison.OrdinalIgnoreCase);
        foreach (var text in Texts)
        {
            Assert.True(text.AsSpan().IndexOfAny(reference) >= 0 == set.IsIn(text), $"'{text}'");
        }
    }

    [Fact]
    public void IsIn_FindsACyrillicWordInTextWithCurlyQuotes()
    {
        var set = new NeedleSet(["подпис"]);
        Assert.True(set.IsIn("«Договор» был ПОДПИСАН — “вчера”."));
        Assert.False(set.IsIn("The treaty was “signed” — yesterday."));
    }
}
