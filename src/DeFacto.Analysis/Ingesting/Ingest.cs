using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
using DeFacto.Analysis.Reviewing;
using DeFacto.Core.Registry;
using DeFacto.Ingestion;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Analysis.Ingesting;

/// <summary>
/// The ingest use case: documents → candidate facts with their spans, kept in the ledger for review or
/// accepted at once above a confidence. One bad document is one failed result; the batch goes on.
/// </summary>
public static class Ingest
{
    public static Outcome<IngestPlan> Plan(PlaceRegistry registry, IngestArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(arguments);
        var territory = arguments.Territory is { } t ? TerritoryArgument.Resolve(registry, t).Select(p => (string?)p.Id) : Outcomes.Of<string?>(null);
        var published = DateArgument.Optional(arguments.Published, "published");
        var threshold = NumberArgument.Share(arguments.MinConfidence, "min-confidence");
        var problems = Outcomes.ProblemsOf(territory, published, threshold);
        return problems.Count > 0
            ? Outcomes.Fail<IngestPlan>(problems)
            : Outcomes.Of(new IngestPlan(territory.Value, published.Value, arguments.Accept ? threshold.Value : null));
    }

    /// <summary>One document through the pipeline; a document that could not be read becomes a failed result.</summary>
    public static IngestionResult Document(IngestionPipeline pipeline, IngestPlan plan, string name, Outcome<DocumentInput> input)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        return input.TryGetValue(out var document)
            ? pipeline.Run(document with { Published = plan.Published, Territory = plan.Territory })
            : IngestionResult.Failure(name, input.Problems[0].Message);
    }

    /// <summary>
    /// Keeps the candidates of the documents that were read, skipping those already pending from an earlier
    /// run; with a threshold, accepts both the new ones and those pending ones that reach it.
    /// </summary>
    public static KeepReport Keep(ILedgerStore store, IReadOnlyList<IngestionResult> results, IngestPlan plan, string coder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(plan);
        var candidates = results.Where(x => !x.Failed).SelectMany(x => x.Observations.Select(o => ToCandidate(x, o))).ToList();
        if (candidates.Count == 0)
        {
            return new KeepReport(0, 0, 0, []);
        }

        var pending = store.PendingCandidates().GroupBy(c => CandidateKey.Of(c.Fact))
            .ToDictionary(g => g.Key, g => g.First().Id);
        var fresh = candidates.Where(c => !pending.ContainsKey(CandidateKey.Of(c))).ToList();
        var ids = store.AddCandidates(fresh);
        var accepted = 0;
        var left = new List<LeftForReview>();
        if (plan.AcceptAbove is { } threshold)
        {
            var all = ids.Zip(fresh).Concat(candidates.Where(c => pending.ContainsKey(CandidateKey.Of(c))).Select(c => (pending[CandidateKey.Of(c)], c)));
            foreach (var (id, candidate) in all.Where(x => x.Item2.Confidence >= threshold).DistinctBy(x => x.Item1))
            {
                var outcome = ReviewDesk.Decide(store, id, ReviewDecision.Accept, null, coder);
                if (outcome.Ok)
                {
                    accepted++;
                }
                else
                {
                    left.Add(new LeftForReview(id, candidate.Indicator, candidate.Quote, outcome.Problems[0].Message));
                }
            }
        }

        return new KeepReport(fresh.Count, candidates.Count - fresh.Count, accepted, left);
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
}
