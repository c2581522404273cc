using System.Text;
using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Core.Time;

namespace DeFacto.Core.Evidence;

/// <summary>A candidate fact as the reviewer accepts it: what was found, with the reviewer's edits applied.</summary>
public sealed record ReviewedFact
{
    public required string Territory { get; init; }

    public required string Indicator { get; init; }

    public required ObservedValue Value { get; init; }

    public string? Unit { get; init; }

    public required EvidenceStatus Status { get; init; }

    public string? Qualifier { get; init; }

    /// <summary>When the fact held; none: the candidate cannot be accepted until the reviewer gives one.</summary>
    public PartialDate? AsOf { get; init; }

    public string? Quote { get; init; }

    public required double Confidence { get; init; }

    public string? Note { get; init; }

    /// <summary>Where the fact stands in its document's original text.</summary>
    public required int SpanStart { get; init; }

    public required int SpanLength { get; init; }
}

/// <summary>
/// The candidate → observation step, as one pure function: the ledger looks up the candidate and stores
/// the result, but what the observation is (its id, locator, values) and whether it may be one is decided here.
/// </summary>
public static class CandidateAcceptance
{
    /// <summary>
    /// The observation an accepted fact becomes, or why it cannot be one. <paramref name="identity"/> makes the
    /// id unique for the fact (a digest of its document and span); <paramref name="source"/> is its document's source id.
    /// </summary>
    public static ParseResult<Observation> Observe(ReviewedFact fact, string identity, string source, string reviewer, Codebook codebook, PlaceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.AsOf is not { } asOf)
        {
            return ParseResult<Observation>.Fail("has no date: give the as-of date it held on");
        }

        var problems = CodedValues.Problems(codebook, registry, fact.Territory, fact.Indicator, fact.Value);
        if (problems.Count > 0)
        {
            return ParseResult<Observation>.Fail(string.Join("; ", problems));
        }

        return Observation.Create(
            id: $"{fact.Territory}-{Kebab(fact.Indicator)}-{asOf}-{identity}",
            territory: fact.Territory,
            indicator: fact.Indicator,
            value: fact.Value,
            status: fact.Status,
            asOf: asOf,
            source: source,
            locator: $"chars {fact.SpanStart}-{fact.SpanStart + fact.SpanLength}",
            quote: fact.Quote,
            unit: fact.Unit,
            qualifier: fact.Qualifier,
            coder: reviewer,
            confidence: fact.Confidence,
            note: fact.Note);
    }

    private static string Kebab(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var id = builder.ToString().Trim('-');
        while (id.Contains("--", StringComparison.Ordinal))
        {
            id = id.Replace("--", "-", StringComparison.Ordinal);
        }

        return id.Length == 0 ? "document" : id;
    }
}
