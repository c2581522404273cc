using System.Diagnostics;
using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Ingestion.Cleaning;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Bench;

/// <summary>Times each stage separately over a folder of documents, to see where the time goes.</summary>
internal static class StageProfile
{
    public static void Run(Codebook codebook, PlaceRegistry registry, string folder)
    {
        var texts = Directory.GetFiles(folder).Select(f => File.ReadAllBytes(f)).ToArray();
        var reader = new PlainTextReader();
        var gazetteer = new Gazetteer(registry);
        var cues = new CueBook(codebook, registry);
        var clock = new Dictionary<string, Stopwatch>();
        Stopwatch T(string name) => clock.TryGetValue(name, out var s) ? s : clock[name] = new Stopwatch();
        for (var round = 0; round < 3; round++)
        {
            foreach (var s in clock.Values)
            {
                s.Reset();
            }

            foreach (var bytes in texts)
            {
                T("read").Start();
                var doc = reader.Read(new RawDocument("x.txt", bytes, null)).Document!;
                T("read").Stop();
                T("clean").Start();
                var cleaned = TextCleaner.Clean(doc.Plain);
                T("clean").Stop();
                T("split").Start();
                var sentences = SentenceSplitter.Split(cleaned.Text);
                T("split").Stop();
                T("treaty").Start();
                DeFacto.Ingestion.Treaties.TreatySplitter.Split(cleaned);
                T("treaty").Stop();
                T("detect").Start();
                FormatDetector.Detect(new RawDocument("x.txt", bytes, null), ".txt");
                T("detect").Stop();
                foreach (var sentence in sentences)
                {
                    T("tokenize").Start();
                    var tokens = Tokenizer.Tokenize(cleaned.Text, sentence.Start, sentence.End);
                    T("tokenize").Stop();
                    T("places").Start();
                    var places = gazetteer.Find(tokens);
                    T("places").Stop();
                    T("dates").Start();
                    DateParser.Parse(cleaned.Text, tokens);
                    T("dates").Stop();
                    T("quantities").Start();
                    var q = QuantityParser.Parse(cleaned.Text, tokens);
                    HedgeReader.Apply(tokens, q);
                    T("quantities").Stop();
                    T("cues").Start();
                    cues.Match(tokens, places);
                    T("cues").Stop();
                }
            }
        }

        var pipeline = IngestionPipeline.Create(codebook, registry);
        var whole = Stopwatch.StartNew();
        for (var round = 0; round < 3; round++)
        {
            whole.Restart();
            foreach (var bytes in texts)
            {
                pipeline.Run(DocumentInput.FromBytes("x.txt", bytes));
            }

            whole.Stop();
        }
        foreach (var (name, s) in clock)
        {
            Console.WriteLine($"{name,-12} {s.Elapsed.TotalMilliseconds,8:0.0} ms");
        }

        Console.WriteLine($"{"whole",-12} {whole.Elapsed.TotalMilliseconds,8:0.0} ms for {texts.Sum(t => t.Length) / 1e6:0.00} MB");
    }
}
