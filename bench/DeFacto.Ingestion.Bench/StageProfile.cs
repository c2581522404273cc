using System.Diagnostics;
using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Ingestion.Cleaning;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Extraction;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Quantities;
using DeFacto.Ingestion.Reading;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Treaties;

namespace DeFacto.Ingestion.Bench;

/// <summary>
/// Times each stage separately over a folder of documents, along the path the pipeline takes (the
/// reader the format calls for, the sentence pre-filter, figures parsed only beside a numeric cue), and
/// the whole pipeline over the same documents: what the stages leave of the whole is extraction proper
/// (the extractors, the document's date and territory, merging).
/// </summary>
internal static class StageProfile
{
    public static void Run(Codebook codebook, PlaceRegistry registry, string folder)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
        var readers = new IDocumentReader[] { new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new PdfReader() }.ToDictionary(r => r.Format);
        var gazetteer = new Gazetteer(registry);
        var cues = new CueBook(codebook, registry);
        var filter = new SentenceFilter(cues, gazetteer);
        var pipeline = IngestionPipeline.Create(codebook, registry);

        // Each stage runs over every document (or sentence) in a loop of its own, on the outputs of the
        // stage before, and is timed in CPU time: on a shared machine wall-clock times of short calls
        // mostly measure the neighbours.
        var times = new List<(string Stage, double Ms)>();
        T Time<T>(string stage, Func<T> work)
        {
            GC.Collect();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var result = work();
            times.Add((stage, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds));
            return result;
        }

        for (var round = 0; round < 3; round++)
        {
            times.Clear();
            Time("whole", () => files.Select(f => pipeline.Run(DocumentInput.FromBytes(f.Name, f.Bytes))).Sum(r => r.Observations.Count));
            var documents = Time("read", () => files.Select(f =>
            {
                var raw = new RawDocument(f.Name, f.Bytes, null);
                return readers[FormatDetector.Detect(raw, Path.GetExtension(f.Name))].Read(raw).Document!;
            }).ToList());
            var cleaned = Time("clean", () => documents.Select(d => TextCleaner.Clean(d.Plain)).ToList());
            Time("treaty", () => cleaned.Select(TreatySplitter.Split).ToList());
            var sentences = Time("split", () => cleaned.SelectMany(c => SentenceSplitter.Split(c.Text).Select(s => (c.Text, Sentence: s))).ToList());
            var reached = Time("filter", () => sentences.Select(s => (s.Text, s.Sentence, Reach: filter.Classify(s.Text.AsSpan(s.Sentence.Start, s.Sentence.Length)))).ToList());
            var kept = reached.Where(r => r.Reach != SentenceReach.Nothing).ToList();
            var tokens = Time("tokenize", () => kept.Select(k => Tokenizer.Tokenize(k.Text, k.Sentence.Start, k.Sentence.End)).ToList());
            var places = Time("places", () => tokens.Select(gazetteer.Find).ToList());
            Time("dates", () => kept.Select((k, i) => DateParser.Parse(k.Text, tokens[i])).ToList());
            var matches = Time("cues", () => kept.Select((k, i) => k.Reach == SentenceReach.Cues ? cues.Match(tokens[i], places[i]) : []).ToList());
            Time("quantities", () => kept.Select((k, i) =>
            {
                var q = matches[i].Exists(m => !m.Pattern.IsCategory && codebook.FindIndicator(m.Pattern.IndicatorId)?.IsNumeric == true)
                    ? QuantityParser.Parse(k.Text, tokens[i])
                    : [];
                HedgeReader.Apply(tokens[i], q);
                return q;
            }).ToList());
            if (round == 2)
            {
                var stages = times.Where(t => t.Stage != "whole").Sum(t => t.Ms);
                var whole = times.Single(t => t.Stage == "whole").Ms;
                foreach (var (stage, ms) in times.Where(t => t.Stage != "whole"))
                {
                    Console.WriteLine($"{stage,-12} {ms,8:0} ms cpu  {100 * ms / whole,5:0.0}%");
                }

                Console.WriteLine($"{"extraction",-12} {whole - stages,8:0} ms cpu  {100 * (whole - stages) / whole,5:0.0}%  (the whole less the stages above)");
                Console.WriteLine($"{"whole",-12} {whole,8:0} ms cpu for {files.Sum(f => f.Bytes.Length) / 1e6:0.00} MB; {kept.Count} of {sentences.Count} sentences pass the pre-filter, {kept.Count(k => k.Reach == SentenceReach.Cues)} with a cue word");
            }
        }
    }
}
