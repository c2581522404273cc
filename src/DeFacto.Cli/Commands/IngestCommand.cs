using System.CommandLine;
using System.Text.Json;
using DeFacto.Analysis.Ingesting;
using DeFacto.Cli.Answers;
using DeFacto.Cli.Rendering;
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

        int Ingest(ParseResult r, Core.Dataset dataset, ILedgerStore? store)
        {
            var arguments = new IngestArguments(r.GetValue(territory), r.GetValue(published))
            {
                Accept = r.GetValue(accept),
                MinConfidence = r.GetValue(minConfidence),
            };
            return ProblemText.Render(context, Analysis.Ingesting.Ingest.Plan(dataset.Registry, arguments), plan =>
            {
                var pipeline = IngestionPipeline.Create(dataset.Codebook, dataset.Registry);
                var names = r.GetValue(files)!;
                var results = new List<IngestedDocument>();
                for (var i = 0; i < names.Length; i++)
                {
                    if (names.Length > 1)
                    {
                        context.Error.WriteLine($"[{i + 1}/{names.Length}] {names[i]}");
                    }

                    var result = Analysis.Ingesting.Ingest.Document(pipeline, plan, names[i], DocumentFile.Read(names[i], context.OpenStandardInput));
                    foreach (var error in result.Result.Errors)
                    {
                        context.Error.WriteLine($"defacto: {error.Document}: {error.Message}");
                    }

                    results.Add(result);
                }

                Print(results.Select(x => x.Result).ToList(), r.GetValue(format) == "json", context);
                if (store is not null && Analysis.Ingesting.Ingest.Keep(store, results, plan, context.Coder) is { } report)
                {
                    Report(context, report, plan.AcceptAbove);
                }

                return results.Any(x => x.Result.Failed) ? 1 : 0;
            });
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

    private static void Report(CliContext context, KeepReport report, double? acceptAbove)
    {
        foreach (var (candidate, reason) in report.LeftForReview)
        {
            context.Error.WriteLine($"defacto: candidate #{candidate.Id} ({candidate.Fact.Indicator}, \"{candidate.Fact.Quote}\") left for review: {reason}");
        }

        var skipped = report.AlreadyKept;
        context.Error.WriteLine($"defacto: {report.Added} candidate(s) kept for review{(skipped > 0 ? $" ({skipped} already in the ledger)" : "")}" +
            (acceptAbove is null ? "; run `defacto review` to accept, edit or reject them" : $"; {report.Accepted.Count} accepted into the ledger (confidence ≥ {acceptAbove:0.##})"));
    }
}
