using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Tests.Text;

public sealed class KeyShapesTests
{
    private static readonly string[] Keys = ["march", "may", "понедельник", "a", new string('x', 70), "\u4E2D\u6587"];

    [Fact]
    public void MayContain_EveryKey_IsTrue()
    {
        var shapes = new KeyShapes(Keys);
        Assert.All(Keys, key => Assert.True(shapes.MayContain(key), key));
    }

    [Theory]
    [InlineData("marc")]
    [InlineData("mayors")]
    [InlineData("b")]
    [InlineData("вторник")]
    [InlineData("")]
    public void MayContain_AWordNoKeyHasTheShapeOf_IsFalse(string word)
    {
        Assert.False(new KeyShapes(Keys).MayContain(word));
    }

    [Theory]
    [InlineData("match")]
    [InlineData("\u4E2D")]
    public void MayContain_ASameShapeOrAnUntabledLetter_IsTrue(string word)
    {
        // Same first letter and length as "march", or a first letter the table does not cover: look it up.
        Assert.True(new KeyShapes(Keys).MayContain(word));
    }
}
