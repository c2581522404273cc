using DeFacto.Core.Time;
using DeFacto.Ingestion.Sentences;

namespace DeFacto.Ingestion.Extraction;

/// <summary>
/// What keeps a mention of an event from being an event that happened: a plan, a draft or a submission
/// ("submitted for ratification", "plans to sign", "a decree on a referendum"), an accusation ("accuses
/// Russia of annexing"), a date after the document's own, or — for a recognition or an annexation — no
/// patron in the sentence to do it.
/// </summary>
internal static class EventGuards
{
    // Words that, shortly before a trigger, make it a plan or a procedure rather than a done deed.
    private static readonly HashSet<string> Plans = new(StringComparer.Ordinal)
    {
        "will", "shall", "would", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "scheduled", "expected",
        "envisaged", "envisage", "envisages", "proposed", "propose", "proposes", "draft", "bill", "submitted", "submit", "submits",
        "submitting", "submission", "decided", "prepare", "prepares", "preparing", "upcoming", "forthcoming", "for", "towards", "toward",
        "future", "possible", "prospect", "ahead", "awaiting", "awaits", "pending",
        "будет", "будут", "планирует", "планируется", "намерен", "намерены", "предстоит", "проект", "для", "внес", "внесла", "внесен",
    };

    // Words that make a referendum one that is called, scheduled, suspended or proposed, not one held.
    private static readonly HashSet<string> ReferendumPlans = new(StringComparer.Ordinal)
    {
        "scheduled", "schedule", "decree", "decreed", "order", "ordered", "ordering", "suspend", "suspended", "suspending", "suspends",
        "postpone", "postponed", "cancel", "cancelled", "canceled", "call", "called", "calls", "calling", "announce", "announced",
        "announcing", "set", "plan", "plans", "planned", "proposed", "propose", "initiative", "will", "would", "may", "might",
        "could", "deferred", "defer", "idea", "possible", "possibility", "talk", "talks", "talked", "hold", "holding", "spoke", "speak", "speaks",
        "such", "mentioned", "discussed", "discuss", "discussing", "demand", "demanded", "demands", "want", "wants", "wanted", "new", "another",
        "назначил", "назначен", "назначить", "проведет", "проведут", "провести", "отложил", "перенес",
    };

    // Words that make an annexation or a recognition someone's charge or reading, not the patron's act.
    private static readonly HashSet<string> Charges = new(StringComparer.Ordinal)
    {
        "accuse", "accuses", "accused", "accusing", "accusation", "accusations", "charge", "charges", "charged", "condemn", "condemns",
        "condemned", "step", "effectively", "creeping", "de-facto", "tantamount", "amounts", "amount", "alleged", "allegedly", "claim", "claims",
        "fear", "fears", "warn", "warns", "warned", "denounce", "denounced", "denounces", "non-recognition", "call", "calls", "urge", "urges",
        "urged", "asked", "ask", "asks", "appeal", "appealed", "request", "requested", "demand", "demanded",
    };

    // For held referendums, words saying it was held.
    private static readonly HashSet<string> Held = new(StringComparer.Ordinal)
    {
        "held", "voted", "vote", "votes", "took", "result", "results", "turnout", "approved", "backed", "majority", "percent", "per", "%",
        "проведен", "прошел", "состоялся", "проголосовали", "голосования",
    };

    /// <summary>"recognised only by three other states": recognition by others than the patron.</summary>
    public static bool OnlyByOthers(List<Token> tokens, int i) =>
        i + 3 < tokens.Count && tokens[i + 1].Lower == "only" && tokens[i + 2].Lower == "by"
        && (tokens[i + 3].Kind == TokenKind.Number || Quantities.NumberWords.Simple(tokens[i + 3].Lower) is not null);

    /// <summary>"the agreement signed in February", "the one signed between …": a participle that names a treaty rather than reports its signing.</summary>
    public static bool ReducedRelative(List<Token> tokens, int i) =>
        i > 0 && tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)
        && tokens[i - 1].Lower is "one" or "ones" or "agreement" or "agreements" or "treaty" or "treaties" or "accord" or "deal" or "document" or "documents" or "protocol" or "memorandum";

    /// <summary>"after the signing of the treaty": a reference back to the event, which takes no date from the paragraph.</summary>
    public static bool AfterThe(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Lower is "the" or "its" && tokens[i - 2].Lower is "after" or "since" or "before" or "following" or "upon" or "until";

    public static bool IntoLaw(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].Lower == "into" && tokens[i + 2].Lower == "law";

    /// <summary>"the exchange of ratifications" or "of instruments of ratification" puts a treaty in force; it is not the ratification.</summary>
    public static bool ExchangeOfInstruments(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (tokens[k].Lower is "exchange" or "exchanged" or "exchanging" or "обмена" or "обмен")
            {
                return true;
            }
        }

        return false;
    }

    public static bool NotYetOrNotSo(SentenceAnalysis sentence, int trigger, string type)
    {
        var tokens = sentence.Tokens;
        for (var k = trigger - 1; k >= 0 && k >= trigger - 6; k--)
        {
            var lower = tokens[k].Lower;
            if (lower is "." or ";" or "," or ":" or "(" or ")")
            {
                break;
            }

            if (Plans.Contains(lower) || (lower == "to" && k + 1 < tokens.Count && tokens[k + 1].Lower is "be" or "sign" or "ratify" or "hold" or "recognise" or "recognize" or "annex"))
            {
                return true;
            }
        }

        // "is to be signed", "ratification is expected"
        for (var k = trigger + 1; k < tokens.Count && k <= trigger + 3; k++)
        {
            if (tokens[k].Lower is "is" or "was" or "are" or "were" && k + 2 < tokens.Count && tokens[k + 1].Lower == "to" && tokens[k + 2].Lower == "be")
            {
                return true;
            }

            if (tokens[k].Lower is "expected" or "planned" or "scheduled" or "pending")
            {
                return true;
            }
        }

        if (type == "referendum")
        {
            var plan = tokens.Exists(t => ReferendumPlans.Contains(t.Lower));
            var held = tokens.Exists(t => Held.Contains(t.Lower));
            return plan && !(held && tokens.Exists(t => t.Lower == "held"));
        }

        if (type is "annexation" or "recognition")
        {
            return tokens.Exists(t => Charges.Contains(t.Lower));
        }

        return false;
    }

    /// <summary>A recognition is the patron's act: the patron (or its capital) stands in the sentence; an annexation names the patron or the territory.</summary>
    public static bool PatronActs(DocumentContext document, SentenceAnalysis sentence, string type)
    {
        if (type is not ("recognition" or "annexation"))
        {
            return true;
        }

        // An annexation names what was annexed; a recognition needs the recogniser.
        if (type == "annexation" && sentence.Places.Any(p => document.IsTerritory(p.PlaceId)))
        {
            return true;
        }

        var patrons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in sentence.Places)
        {
            if (document.IsTerritory(place.PlaceId) && document.PatronOf(place.PlaceId) is { } p)
            {
                patrons.Add(p);
            }
        }

        if (document.PrimaryTerritory is { } primary && document.PatronOf(primary) is { } q)
        {
            patrons.Add(q);
        }

        return sentence.Places.Any(place => patrons.Contains(place.PlaceId));
    }

    /// <summary>The event's date if it is not after the document's (events to come are not coded).</summary>
    public static PartialDate? After(PartialDate date, PartialDate? published) =>
        published is { } p && date.Start > p.End ? null : date;

    /// <summary>
    /// How sure the event is: a day-precise date in the same clause and a verb in the past tense make it
    /// surer; a date carried from elsewhere, or only a year, less so.
    /// </summary>
    public static double Confidence(SentenceAnalysis sentence, int trigger, string type, PartialDate date)
    {
        var c = date.Precision switch
        {
            DatePrecision.Day => 0.8,
            DatePrecision.Month => 0.72,
            _ => 0.6,
        };
        var word = sentence.Tokens[trigger].Lower;
        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ал", StringComparison.Ordinal) || word.EndsWith("ала", StringComparison.Ordinal)
            || word.EndsWith("ан", StringComparison.Ordinal) || word is "held" or "came" or "entered")
        {
            c += 0.05;
        }

        if (type == "referendum" && !sentence.Tokens.Exists(t => t.Lower is "held" or "voted"))
        {
            c -= 0.1;
        }

        return Math.Round(Math.Clamp(c, 0.05, 0.95), 2);
    }
}
