using System.Text;
using DeFacto.Ingestion.Reading;
using DeFacto.Tests;

namespace DeFacto.Ingestion.Tests.Reading;

/// <summary>Hostile structure: deep HTML keeps its text, deep or looping PDF page trees are refused in one line, sizes count bytes read.</summary>
public sealed class ReaderLimitsTests
{
    private const string Fact = "As of 2019, some 3,500 Russian troops are stationed in South Ossetia.";

    [Theory]
    [InlineData(10)]
    [InlineData(300)]
    [InlineData(100_000)]
    public void Html_FactInsideDeepNesting_IsKept(int depth)
    {
        var html = HostileInputs.DeepHtml(depth, Fact);

        var outcome = new HtmlReader().Read(new RawDocument("deep.html", Encoding.UTF8.GetBytes(html), null));

        Assert.NotNull(outcome.Document);
        Assert.Contains(Fact, outcome.Document!.Plain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_DeepDocument_SpansPointAtTheFactInTheSource()
    {
        var html = HostileInputs.DeepHtml(5_000, Fact);

        var document = new HtmlReader().Read(new RawDocument("deep.html", Encoding.UTF8.GetBytes(html), null)).Document!;

        var at = document.Plain.Text.IndexOf("3,500", StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("3,500", StringComparison.Ordinal), document.Plain.ToOriginal(at));
    }

    [Fact]
    public void Html_DeepDocument_SkipsScriptsAndDecodesEntities()
    {
        var html = HostileInputs.DeepHtml(2_000, "Troops &amp; guards<script>var secret = 1;</script> here");

        var text = new HtmlReader().Read(new RawDocument("deep.html", Encoding.UTF8.GetBytes(html), null)).Document!.Plain.Text;

        Assert.Contains("Troops & guards", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(50_000)]
    public void Pdf_PageTreeTooDeep_IsRefusedInOneLine(int depth)
    {
        var outcome = new PdfReader().Read(new RawDocument("deep.pdf", HostileInputs.DeepPdf(depth), null));

        Assert.Null(outcome.Document);
        Assert.Contains("page tree more than 64 levels deep", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', outcome.Error!);
    }

    [Fact]
    public void Pdf_PageTreeThatLoops_IsRefused()
    {
        var outcome = new PdfReader().Read(new RawDocument("loop.pdf", HostileInputs.DeepPdf(3, loop: true), null));

        Assert.Contains("loops back on itself", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_ShallowPageTree_IsRead()
    {
        var outcome = new PdfReader().Read(new RawDocument("ok.pdf", HostileInputs.DeepPdf(3), null));

        Assert.NotNull(outcome.Document);
        Assert.Contains("3,500 Russian soldiers", outcome.Document!.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_ArraysNestedTooDeep_AreRefused()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /X " + new string('[', 10_000) + new string(']', 10_000) + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

        var outcome = new PdfReader().Read(new RawDocument("nested.pdf", pdf, null));

        Assert.Contains("nests arrays or dictionaries", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentBytes_StreamWithoutEnd_StopsAtTheLimit()
    {
        using var endless = new EndlessInput();

        var (bytes, problem) = DocumentBytes.Read(endless, 1024 * 1024);

        Assert.Null(bytes);
        Assert.Contains("more than 1 MB", problem, StringComparison.Ordinal);
        Assert.InRange(endless.Served, 1024 * 1024, 1024 * 1024 + 81920);
    }

    [Fact]
    public void DocumentBytes_ShortStream_IsReadWhole()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Fact));

        var (bytes, problem) = DocumentBytes.Read(stream, 1024);

        Assert.Null(problem);
        Assert.Equal(Fact, Encoding.UTF8.GetString(bytes!));
    }

    [Fact]
    public void Pipeline_TextSize_IsCountedInBytesNotMemory()
    {
        var text = new string('a', 600_000);
        var pipeline = IngestionPipeline.Create(Support.Datasets.Codebook, Support.Datasets.Registry, new IngestionLimits { MaxBytes = 1_000_000 });

        var result = pipeline.Run(DocumentInput.FromText("stdin", text));

        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("MB", StringComparison.Ordinal));
    }

    private sealed class EndlessInput : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => 0;

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
