using System.CommandLine;
using System.Text.Json;
using DeFacto.Cli.Rendering;
using DeFacto.Core.Time;
using DeFacto.Ingestion;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto ingest FILE… | -</c>: documents → candidate facts with their spans. Candidates are kept in
/// the ledger for review (<c>defacto review</c>); <c>--accept</c> takes those above a confidence at once.
/// One bad document gets one message and the batch goes on.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Documents to read (.txt, .md, .html, .pdf), or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("table", "json");
        var territory = new Option<string?>("--territory") { Description = "The territory the documents are about (default: found in each document)" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for relative dates; default: found in the document" };
        var accept = new Option<bool>("--accept") { Description = "Accept every candidate at or above --min-confidence into the ledger at once" };
        var minConfidence = new Option<double>("--min-confidence") { Description = "Confidence threshold for --accept (0..1, default 0.7)", DefaultValueFactory = _ => 0.7 };
        var noStore = new Option<bool>("--no-store") { Description = "Only print the candidates; keep nothing in the ledger" };
        var evidence = new EvidenceOptions();
        var command = new Command("ingest", "Read reports and treaties and propose coded facts, each with the span it came from")
        {
            files, format, territory, published, accept, minConfidence, noStore,
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            // Reading and keeping share one ledger session; only --data (files in, ledger out) needs two.
            var keep = !r.GetValue(noStore);
            if (keep && r.GetValue(evidence.Data) is null)
            {
                return EvidenceOptions.WithLedger(r.GetValue(evidence.Ledger), context, store => Ingest(r, store.Load(), store));
            }

            var dataset = evidence.Load(r, context);
            return keep
                ? EvidenceOptions.WithLedger(r.GetValue(evidence.Ledger), context, store => Ingest(r, dataset, store))
                : Ingest(r, dataset, null);
        }));
        return command;

        int Ingest(ParseResult r, Dataset.Dataset dataset, ILedgerStore? store)
        {
            var place = r.GetValue(territory) is { } t ? Input.TerritoryName.Resolve(dataset.Registry, t).Id : null;
            PartialDate? date = null;
            if (r.GetValue(published) is { } p)
            {
                var parsed = PartialDate.Parse(p);
                date = parsed.Success ? parsed.Value : throw new UserErrorException($"--published: {parsed.Error}");
            }

            var threshold = r.GetValue(minConfidence);
            if (threshold is < 0 or > 1)
            {
                throw new UserErrorException("--min-confidence takes a number from 0 to 1");
            }

            var pipeline = IngestionPipeline.Create(dataset.Codebook, dataset.Registry);
            var names = r.GetValue(files)!;
            var results = new List<IngestionResult>();
            var failed = 0;
            for (var i = 0; i < names.Length; i++)
            {
                if (names.Length > 1)
                {
                    context.Error.WriteLine($"[{i + 1}/{names.Length}] {names[i]}");
                }

                var (input, problem) = Read(names[i], context);
                var result = input is not null
                    ? pipeline.Run(input with { Published = date, Territory = place })
                    : IngestionResult.Failure(names[i], problem!);
                foreach (var error in result.Errors)
                {
                    context.Error.WriteLine($"defacto: {error.Document}: {error.Message}");
                }

                failed += result.Failed ? 1 : 0;
                results.Add(result);
            }

            Print(results, r.GetValue(format) == "json", context);
            if (store is not null)
            {
                Store(store, context, results, r.GetValue(accept) ? threshold : null);
            }

            return failed > 0 ? 1 : 0;
        }
    }

    private static (DocumentInput? Input, string? Problem) Read(string name, CliContext context)
    {
        if (name == "-")
        {
            return (DocumentInput.FromText("stdin", context.In.ReadToEnd()), null);
        }

        var file = new FileInfo(name);
        if (Directory.Exists(name))
        {
            return (null, "is a folder: give the files in it (e.g. folder/*.pdf)");
        }

        if (!file.Exists)
        {
            return (null, "no such file (check the path)");
        }

        // Refuse the enormous before reading it, rather than after the memory is spent.
        var limit = IngestionLimits.Default.MaxBytes;
        if (file.Length > limit)
        {
            return (null, $"the file is {file.Length / (1024 * 1024)} MB; documents over {limit / (1024 * 1024)} MB are not read (split it, or extract the part you need)");
        }

        try
        {
            return (DocumentInput.FromBytes(file.Name, File.ReadAllBytes(file.FullName)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {e.Message}");
        }
    }

    private static void Print(List<IngestionResult> results, bool json, CliContext context)
    {
        if (json)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                if (results.Count != 1)
                {
                    writer.WriteStartArray();
                }

                foreach (var result in results)
                {
                    IngestionJson.Write(result, writer);
                }

                if (results.Count != 1)
                {
                    writer.WriteEndArray();
                }
            }

            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }

        foreach (var result in results)
        {
            context.Out.Write(IngestText.Render(result));
        }
    }

    private static void Store(ILedgerStore store, CliContext context, List<IngestionResult> results, double? acceptAbove)
    {
        var candidates = results.Where(x => !x.Failed).SelectMany(x => x.Observations.Select(o => ToCandidate(x, o))).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var pending = store.PendingCandidates().GroupBy(c => Key(c.Fact), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var fresh = candidates.Where(c => !pending.ContainsKey(Key(c))).ToList();
        var ids = store.AddCandidates(fresh);
        var accepted = 0;
        if (acceptAbove is { } threshold)
        {
            // Both the new candidates and those an earlier run of the same document left pending.
            var all = ids.Zip(fresh).Concat(candidates.Where(c => pending.ContainsKey(Key(c))).Select(c => (pending[Key(c)], c)));
            foreach (var (id, candidate) in all.Where(x => x.Item2.Confidence >= threshold).DistinctBy(x => x.Item1))
            {
                // One candidate the ledger refuses (no date, say) stays pending for review; the rest go on.
                try
                {
                    store.Review(id, ReviewDecision.Accept, null, context.Coder);
                    accepted++;
                }
                catch (LedgerException e)
                {
                    context.Error.WriteLine($"defacto: candidate #{id} ({candidate.Indicator}, \"{candidate.Quote}\") left for review: {e.Message}");
                }
            }
        }

        var skipped = candidates.Count - fresh.Count;
        context.Error.WriteLine($"defacto: {fresh.Count} candidate(s) kept for review{(skipped > 0 ? $" ({skipped} already pending)" : "")}" +
            (acceptAbove is null ? "; run `defacto review` to accept, edit or reject them" : $"; {accepted} accepted into the ledger (confidence ≥ {acceptAbove:0.##})"));
    }

    private static NewCandidate ToCandidate(IngestionResult result, CandidateFact fact) => new()
    {
        Territory = fact.Territory,
        Indicator = fact.Indicator,
        Value = fact.ToObservedValue(),
        Unit = fact.Unit,
        Status = fact.Status,
        Qualifier = fact.Qualifier,
        AsOf = fact.AsOf ?? result.Document.Published,
        DocumentName = result.Document.Name,
        DocumentTitle = result.Document.Title,
        SpanStart = fact.Span.Start,
        SpanLength = fact.Span.Length,
        Quote = fact.Quote,
        Confidence = fact.Confidence,
    };

    private static string Key(NewCandidate c) => $"{c.DocumentName}|{c.SpanStart}|{c.SpanLength}|{c.Indicator}|{c.Territory}|{c.Value}";
}
