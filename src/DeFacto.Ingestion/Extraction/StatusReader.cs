using DeFacto.Core.Evidence;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Practice or pledge: a sentence that commits someone ("will", "shall", "pledges", "promises",
/// "is obliged to", "undertakes"), that speaks of what a treaty provides, or that stands in or cites a
/// treaty article, is a pledge; anything else is practice in place.
/// </summary>
internal static class StatusReader
{
    private static readonly HashSet<string> PledgeWords = new(StringComparer.Ordinal)
    {
        "will", "shall", "pledge", "pledges", "pledged", "promise", "promises", "promised", "obliged", "obligated", "obliges",
        "undertake", "undertakes", "undertook", "commit", "commits", "committed", "envisage", "envisages", "envisaged",
        "stipulate", "stipulates", "stipulated", "guarantee", "guarantees", "would", "plans", "intends", "'ll",
        "будет", "будут", "обязуется", "обязуются", "предусматривает", "предусматривается", "обеспечит", "обеспечат", "wird", "werden",
    };

    private static readonly HashSet<string> TreatyWords = new(StringComparer.Ordinal)
    {
        "treaty", "agreement", "accord", "договор", "договора", "договором", "соглашение", "соглашения",
    };

    public static EvidenceStatus Read(SentenceAnalysis sentence)
    {
        if (sentence.Article is not null)
        {
            return EvidenceStatus.Pledged;
        }

        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Lower;
            if (PledgeWords.Contains(lower))
            {
                return EvidenceStatus.Pledged;
            }

            if (lower is "article" or "articles" or "статья" or "статьи" && i + 1 < tokens.Count && tokens[i + 1].Kind == Sentences.TokenKind.Number)
            {
                return EvidenceStatus.Pledged;
            }

            if (lower is "under" or "in" && i + 2 < tokens.Count && tokens[i + 1].Lower is "the" or "this" && TreatyWords.Contains(tokens[i + 2].Lower) && i <= 2)
            {
                return EvidenceStatus.Pledged;
            }
        }

        return EvidenceStatus.InPlace;
    }
}
