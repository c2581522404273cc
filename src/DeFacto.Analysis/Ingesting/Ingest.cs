using DeFacto.Analysis.Answers;
using DeFacto.Analysis.Arguments;
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
    public static IngestedDocument Document(IngestionPipeline pipeline, IngestPlan plan, string name, Outcome<DocumentInput> input)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        return input.TryGetValue(out var document)
            ? new IngestedDocument(pipeline.Run(document with { Published = plan.Published, Territory = plan.Territory }), document.Bytes is { } bytes ? DocumentHash.Of(bytes.Span) : null)
            : new IngestedDocument(IngestionResult.Failure(name, input.Problems[0].Message), null);
    }

    /// <summary>
    /// Keeps the candidates of the documents that were read (a fact the ledger already holds is not kept
    /// twice); with a threshold, accepts every pending one that reaches it. One transaction in the ledger.
    /// Null when no document gave a candidate.
    /// </summary>
    public static KeepReport? Keep(ILedgerStore store, IReadOnlyList<IngestedDocument> documents, IngestPlan plan, string coder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(plan);
        var candidates = documents.Where(x => !x.Result.Failed).SelectMany(x => x.Result.Observations.Select(o => ToCandidate(x, o))).ToList();
        return candidates.Count == 0 ? null : store.Keep(candidates, plan.AcceptAbove, coder);
    }

    private static NewCandidate ToCandidate(IngestedDocument document, CandidateFact fact) => new()
    {
        Territory = fact.Territory,
        Indicator = fact.Indicator,
        Value = fact.Observed,
        Unit = fact.Unit,
        Status = fact.Status,
        Qualifier = fact.Qualifier,
        AsOf = fact.AsOf ?? document.Result.Document.Published,
        DocumentName = document.Result.Document.Name,
        DocumentTitle = document.Result.Document.Title,
        DocumentHash = document.Hash,
        SpanStart = fact.Span.Start,
        SpanLength = fact.Span.Length,
        Quote = fact.Quote,
        Confidence = fact.Confidence,
        Sentence = Passage(fact.Sentence),
        Paragraph = Passage(fact.Paragraph),
    };

    private static CandidatePassage? Passage(TextPassage? passage) =>
        passage is null ? null : new CandidatePassage(passage.Text, passage.Span.Start, passage.Span.Length);
}
