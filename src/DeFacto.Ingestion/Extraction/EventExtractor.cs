using DeFacto.Core.Time;
using DeFacto.Ingestion.Dates;
using DeFacto.Ingestion.Sentences;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// Dated events: a treaty signed, ratified or in force, a recognition, an annexation, a referendum.
/// An event needs a date: one the sentence gives, an anniversary counted back from the date in force,
/// or (for a treaty) the date the paragraph has set or the document's date when the text says it just happened.
/// Parties are the territory concerned and its patron, or the states named.
/// </summary>
internal static class EventExtractor
{
    private static readonly HashSet<string> TreatyNouns = new(StringComparer.Ordinal)
    {
        "treaty", "treaties", "agreement", "agreements", "accord", "accords", "convention", "pact", "protocol", "alliance",
        "partnership", "memorandum", "deal",
        "договор", "договора", "договоры", "соглашение", "соглашения",
    };

    private static readonly HashSet<string> Recency = new(StringComparer.Ordinal)
    {
        "just", "today", "yesterday",
    };

    // Text that every trigger contains (see Trigger): a sentence without any of these has no event.
    private static readonly NeedleSet TriggerNeedles = new(["sign", "подпис", "ratif", "ратифиц", "force", "силу", "recogni", "призна", "annex", "referend", "референдум"]);

    public static IEnumerable<CandidateEvent> Extract(DocumentContext document, SentenceAnalysis sentence, PartialDate? carried)
    {
        if (sentence.Tokens.Count == 0 || !TriggerNeedles.IsIn(document.Cleaned.Text.AsSpan(sentence.Sentence.Start, sentence.Sentence.Length)))
        {
            return [];
        }

        return Read(document, sentence, carried);
    }

    private static IEnumerable<CandidateEvent> Read(DocumentContext document, SentenceAnalysis sentence, PartialDate? carried)
    {
        var tokens = sentence.Tokens;
        var index = sentence.Sentence.Index;
        var hasTreaty = tokens.Any(t => TreatyNouns.Contains(t.Lower))
            || (index > 0 && document.Sentences[index - 1].Sentence.Paragraph == sentence.Sentence.Paragraph
                && document.Sentences[index - 1].Tokens.Any(t => TreatyNouns.Contains(t.Lower)) && tokens.Count > 0 && tokens[0].Lower is "it" or "this" or "the");
        for (var i = 0; i < tokens.Count; i++)
        {
            var type = Trigger(tokens, i, hasTreaty);
            if (type is null || Negated(tokens, i) || (type == "recognition" && CategoryExtractor.PartOfAnother(tokens, i))
                || EventGuards.NotYetOrNotSo(sentence, i, type) || !EventGuards.PatronActs(document, sentence, type))
            {
                continue;
            }

            var date = DateFor(document, sentence, i, type, carried);
            if (date is null || EventGuards.After(date.Value, document.Published) is not { } past)
            {
                continue;
            }

            date = past;

            var title = type.StartsWith("treaty", StringComparison.Ordinal) ? TreatyTitle.Find(tokens, i) : null;
            var (territories, _) = TerritoryFinder.Covers(document, sentence, tokens[i].Start) is { } several
                ? (several, false)
                : TerritoryFinder.Find(document, sentence, tokens[i].Start, tokens[i].End);
            var parties = new List<IReadOnlyList<string>>();
            if (territories.Count > 0 && (sentence.Places.Any(p => document.IsTerritory(p.PlaceId)) || type.StartsWith("treaty", StringComparison.Ordinal) || territories.Count > 1 || type == "referendum"))
            {
                foreach (var territory in territories)
                {
                    parties.Add(document.PatronOf(territory) is { } patron ? [patron, territory] : [territory]);
                }
            }
            else
            {
                var states = sentence.Places.Where(p => !p.ByAdjective).Select(p => p.PlaceId).Distinct(StringComparer.Ordinal).ToList();
                if (states.Count > 0)
                {
                    parties.Add(states);
                }
                else if (type == "referendum" && territories.Count == 1)
                {
                    // A referendum is held in a territory: the one the document is about when the sentence names none.
                    parties.Add(document.PatronOf(territories[0]) is { } patron ? [patron, territories[0]] : [territories[0]]);
                }
            }

            var (quote, start, end) = QuoteMaker.Make(document.Cleaned.Text, tokens, tokens[i].Start, tokens[i].End);
            foreach (var party in parties)
            {
                yield return new CandidateEvent
                {
                    Type = type,
                    Date = date.Value,
                    Parties = party,
                    Title = title,
                    Span = document.Cleaned.ToOriginal(start, end - start),
                    Quote = quote,
                    Confidence = EventGuards.Confidence(sentence, i, type, date.Value),
                    Sentence = document.SentenceOf(sentence),
                    Paragraph = document.ParagraphOf(sentence),
                };
            }

            // One event per trigger kind per sentence: "signed and ratified" is two, "signed … signed" one.
            while (i + 1 < tokens.Count && Trigger(tokens, i + 1, hasTreaty) == type)
            {
                i++;
            }
        }
    }

    private static string? Trigger(List<Token> tokens, int i, bool hasTreaty)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            return null;
        }

        var lower = token.Lower;

        // Every trigger below starts with one of these letters (a stem keeps its word's first letter): most words stop here.
        if (lower.Length == 0 || lower[0] is not ('s' or 'r' or 'e' or 'c' or 'a' or 'п' or 'р' or 'в'))
        {
            return null;
        }

        var stem = token.Stem;
        if (hasTreaty && (stem is "sign" || lower.StartsWith("подписа", StringComparison.Ordinal)) && !Infinitive(tokens, i) && !EventGuards.IntoLaw(tokens, i))
        {
            return "treaty-signed";
        }

        if (hasTreaty && (lower.StartsWith("ratif", StringComparison.Ordinal) || lower.StartsWith("ратифиц", StringComparison.Ordinal)) && !Infinitive(tokens, i)
            && !EventGuards.ExchangeOfInstruments(tokens, i))
        {
            return "treaty-ratified";
        }

        if (hasTreaty && ((lower is "entered" or "came" or "enters" or "comes" or "entry" && i + 2 < tokens.Count && tokens[i + 1].Lower == "into" && tokens[i + 2].Lower == "force")
            || (lower.StartsWith("вступ", StringComparison.Ordinal) && i + 2 < tokens.Count && tokens[i + 1].Lower == "в" && tokens[i + 2].Lower == "силу")))
        {
            return "treaty-in-force";
        }

        if ((lower is "recognition" || stem is "recognis" or "recogniz" or "recognise" or "recognize"
             || lower.StartsWith("признани", StringComparison.Ordinal) || lower.StartsWith("признал", StringComparison.Ordinal)) && !Infinitive(tokens, i)
            && !EventGuards.OnlyByOthers(tokens, i))
        {
            return "recognition";
        }

        if (lower is "annexation" or "annexed" or "annexing" && !Infinitive(tokens, i))
        {
            return "annexation";
        }

        return lower is "referendum" or "referendums" or "референдум" ? "referendum" : null;
    }

    private static bool Infinitive(List<Token> tokens, int i) =>
        (i > 0 && tokens[i - 1].Lower is "to" or "will" or "would" or "could" or "should" or "may" or "might" or "must" or "cannot")
        || (tokens[i].Lower.Length > 4 && tokens[i].Lower.EndsWith("ть", StringComparison.Ordinal));

    private static bool Negated(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (tokens[k].Lower is "not" or "never" or "no" or "не" || tokens[k].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { "and", "but", "while", "whereas", ";", "before", "after" };

    /// <summary>
    /// How far a date stands from an event's trigger, counting a clause boundary between them as far:
    /// in "declared independence in 1991 and was recognised by Russia in August 2008" the recognition's
    /// date is August 2008, though 1991 is nearer.
    /// </summary>
    private static int ClauseDistance(SentenceAnalysis sentence, int dateStart, int dateEnd, int at)
    {
        var (from, to) = dateEnd <= at ? (dateEnd, at) : (at, dateStart);
        var crossesClause = sentence.Tokens.Any(t => t.Start >= from && t.End <= to && ClauseBreaks.Contains(t.Lower));
        return Math.Abs(dateStart - at) + (crossesClause ? 80 : 0) + (GluedRowBefore(sentence, dateEnd, at) ? 100 : 0);
    }

    /// <summary>A month named without a year ("signed in November") that would fall after the document is last year's.</summary>
    private static PartialDate? LastOccurrence(DateMention mention, PartialDate? date, PartialDate? published)
    {
        if (date is not { } d || published is not { } p || mention.Year is not null || mention.Weekday is not null || d.Month is null || d.Start <= p.End)
        {
            return date;
        }

        return DateResolver.Make(d.Year - 1, d.Month, d.Day);
    }

    /// <summary>"…27 February 2014 Annexation by Russia 18 March 2014": a date running straight into a capitalised trigger closes the row before it.</summary>
    private static bool GluedRowBefore(SentenceAnalysis sentence, int dateEnd, int at)
    {
        if (dateEnd > at)
        {
            return false;
        }

        var trigger = sentence.Tokens.FindIndex(t => t.Start == at);
        return trigger > 0 && sentence.Tokens[trigger - 1].Kind == TokenKind.Number && char.IsUpper(sentence.Tokens[trigger].Text[0]);
    }

    private static PartialDate? DateFor(DocumentContext document, SentenceAnalysis sentence, int trigger, string type, PartialDate? carried)
    {
        var at = sentence.Tokens[trigger].Start;
        var anniversary = sentence.Dates.FirstOrDefault(d => d.Anniversary is not null);
        var best = sentence.Dates
            .Where(d => d.Anniversary is null)
            .Select(d => (Mention: d, Date: LastOccurrence(d, DateResolver.Resolve(d, document.Published), document.Published)))
            .Where(x => x.Date is not null)
            .OrderBy(x => ClauseDistance(sentence, x.Mention.Start, x.Mention.End, at))
            .Select(x => x.Date)
            .FirstOrDefault();
        if (anniversary is not null && (best ?? carried ?? document.Published) is { } reference)
        {
            return DateResolver.MinusYears(reference, anniversary.Anniversary!.Value);
        }

        if (best is not null)
        {
            return best;
        }

        if (!type.StartsWith("treaty", StringComparison.Ordinal))
        {
            return null;
        }

        if (carried is not null && !EventGuards.ReducedRelative(sentence.Tokens, trigger) && !EventGuards.AfterThe(sentence.Tokens, trigger))
        {
            return carried;
        }

        return sentence.Tokens.Any(t => Recency.Contains(t.Lower)) ? document.Published : null;
    }
}
