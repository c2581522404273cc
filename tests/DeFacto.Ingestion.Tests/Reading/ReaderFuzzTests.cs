using System.Globalization;
using System.Text;
using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Tests.Support;
using DeFacto.Tests.Fuzzing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeFacto.Ingestion.Tests.Reading;

/// <summary>
/// Random and mutated documents for every reader (txt, md, html, pdf) and for the whole pipeline: each must
/// answer with text or a problem value, never an exception, never a crash. Seeded and bounded by a count of
/// inputs, so a run is the same every time; DEFACTO_FUZZ_SECONDS turns it into a timed run for as long as
/// asked (see docs in the test's summary), and DEFACTO_FUZZ_SEED picks another seed.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Inputs = 1200;

    [Fact]
    public void Readers_RandomAndMutatedDocuments_NeverThrow()
    {
        var report = Fuzzer.Run(Targets(), Budget(), Seed(), inputs: Budget() == TimeSpan.MaxValue ? Inputs : long.MaxValue, progress: Progress);

        Progress(report.ToString());
        Assert.True(report.Crashes.Count == 0, string.Join("\n", report.Crashes.Take(5).Select(c =>
            $"{c.Target}: {c.Problem} (input {c.Input.Length} bytes, starting {Convert.ToHexString(c.Input.AsSpan(0, Math.Min(48, c.Input.Length)))})")));
        Assert.All(Targets(), t => Assert.True(report.Inputs[t.Name] > t.Seeds.Count));
    }

    internal static IReadOnlyList<FuzzTarget> Targets()
    {
        var text = Encoding.UTF8.GetBytes("Title: Russia's grip\nDate: 2019-05-01\n\nAs of 2019, some 3,500 Russian troops are stationed in South Ossetia. About 90 per cent of residents hold Russian passports.\n");
        var markdown = Encoding.UTF8.GetBytes("# Russia's grip on South Ossetia\n\n- some **3,500** Russian troops\n- about 90 per cent hold [passports](http://x)\n\n> quoted\n\n```\ncode\n```\n");
        var html = Encoding.UTF8.GetBytes("<!doctype html><html><head><title>Grip</title><meta name='date' content='2019-05-01'></head><body><nav>menu</nav><div><p>As of 2019, some <b>3,500</b> Russian troops are stationed in South Ossetia &amp; Abkhazia.</p><table><tr><td>90 per cent</td></tr></table></div><script>x()</script></body></html>");
        var pdf = Pdf(["As of 2019, some 3,500 Russian troops", "are stationed in South Ossetia."], ["About 90 per cent hold Russian passports."]);
        var malformed = Directory.GetFiles(Path.Combine(Repo.Fixtures, "malformed")).Select(File.ReadAllBytes).ToList();
        IReadOnlyList<byte[]> All(params byte[][] own) => [.. own, .. malformed];
        return
        [
            Reader("txt", new PlainTextReader(), All(text, markdown)),
            Reader("md", new MarkdownReader(), All(markdown, text, html)),
            Reader("html", new HtmlReader(), All(html, text)),
            Reader("pdf", new PdfReader(TimeSpan.FromSeconds(15)), All(pdf, Pdf(["x"]))),
            new FuzzTarget("pipeline", All(text, markdown, html, pdf), bytes =>
            {
                var result = Datasets.Pipeline.Run(DocumentInput.FromBytes("fuzz", bytes));

                // The pipeline turns any exception into this error; for the fuzzer that is a crash caught late.
                return result.Errors.FirstOrDefault(e => e.Message.StartsWith("the document could not be processed", StringComparison.Ordinal))?.Message;
            }),
        ];
    }

    private static FuzzTarget Reader(string name, IDocumentReader reader, IReadOnlyList<byte[]> seeds) =>
        new(name, seeds, bytes =>
        {
            var outcome = reader.Read(new RawDocument("fuzz." + name, bytes, null));
            return outcome.Document is null && string.IsNullOrWhiteSpace(outcome.Error) ? "neither a document nor a problem" : null;
        });

    private static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    private static TimeSpan Budget() =>
        int.TryParse(Environment.GetEnvironmentVariable("DEFACTO_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.MaxValue;

    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("DEFACTO_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : 20261130;

    private static void Progress(string line)
    {
        if (Environment.GetEnvironmentVariable("DEFACTO_FUZZ_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} readers: {line}\n");
        }

        TestContext.Current.SendDiagnosticMessage(line);
    }
}
