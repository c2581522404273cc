using CsCheck;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Reading;

/// <summary>Regression files in tests/fixtures/ingestion/malformed: none may throw, each yields a result.</summary>
public sealed class MalformedInputTests
{
    private static readonly string[] Hints = ["txt", "md", "html", "pdf"];

    // What each regression file must give: refused with a message naming the problem (a word it must
    // contain), or read (null). Every file in the folder needs an entry, so a new one cannot pass unexamined.
    private static readonly Dictionary<string, string?> Expected = new(StringComparer.Ordinal)
    {
        ["empty.txt"] = "empty",
        ["whitespace.md"] = "empty",
        ["random.bin"] = "binary",
        ["truncated.pdf"] = "PDF",
        ["hostile.html"] = null,
        ["latin1.txt"] = null,
        ["markdown-bomb.md"] = null,
        ["nul-in-text.txt"] = "NUL",
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Fixtures, "malformed")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_MalformedFile_NamesTheFileAndWhatIsWrong(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Fixtures, "malformed", name));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes(name, bytes));

        Assert.True(Expected.TryGetValue(name, out var word), $"{name}: a new regression file needs its expected outcome in {nameof(Expected)}");
        if (word is null)
        {
            Assert.False(result.Failed, $"{name}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            Assert.Empty(result.Errors);
            return;
        }

        Assert.True(result.Failed, $"{name} was read; it should be refused ({word})");
        var error = Assert.Single(result.Errors);
        Assert.Equal(name, error.Document);
        Assert.Contains(word, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("empty.txt", "empty")]
    [InlineData("whitespace.md", "empty")]
    [InlineData("random.bin", "binary")]
    [InlineData("truncated.pdf", "PDF")]
    public void Run_UnreadableFile_SaysWhatIsWrong(string name, string word)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Fixtures, "malformed", name));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes(name, bytes));

        Assert.True(result.Failed);
        Assert.Contains(word, result.Errors[0].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Run_HostileHtml_SkipsScriptsAndStillReadsText()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Fixtures, "malformed", "hostile.html"));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("hostile.html", bytes));

        Assert.DoesNotContain(result.Observations, o => o.Quote.Contains("while", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Latin1Text_IsDecodedAndRead()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Fixtures, "malformed", "latin1.txt"));

        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("latin1.txt", bytes));

        Assert.Empty(result.Errors);
        Assert.Contains("stationnés", result.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DocumentOverTheSizeLimit_IsRefusedWithAMessage()
    {
        var pipeline = IngestionPipeline.Create(Datasets.Codebook, Datasets.Registry, new IngestionLimits { MaxBytes = 1024 });
        var big = new byte[4096];
        Array.Fill(big, (byte)'a');

        var result = pipeline.Run(DocumentInput.FromBytes("big.txt", big));

        Assert.True(result.Failed);
        Assert.Contains("MB", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoContent_IsAnErrorNotAnException()
    {
        var result = Datasets.Pipeline.Run(new DocumentInput { Name = "nothing" });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Run_PdfHintOnText_ReportsThatItIsNotAPdf()
    {
        var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("fake.pdf", "just text"u8.ToArray()));

        Assert.True(result.Failed);
        Assert.Contains("PDF", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RandomBytes_NeverThrow()
    {
        var gen = Gen.Byte.Array[0, 2048];
        gen.Sample(bytes =>
        {
            foreach (var hint in Hints)
            {
                _ = Datasets.Pipeline.Run(DocumentInput.FromBytes("random." + hint, bytes));
            }
        }, iter: 60);
    }

    [Fact]
    public void Run_RandomText_NeverThrows()
    {
        var gen = Gen.String[Gen.Char["0123456789 ,.–-%$abcdefgARTICLE\n\fSouth Ossetia per cent in of one seven thousand"], 0, 400];
        gen.Sample(text => Datasets.Pipeline.Run(DocumentInput.FromText("random.txt", text)).Observations.Count >= 0, iter: 300);
    }
}
