using System.CommandLine;
using System.Globalization;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;
using DeFacto.Storage;
using DeFacto.Storage.Candidates;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto review</c>: go through the candidates that ingestion kept — accept, edit or reject each.
/// Accepted candidates enter the ledger with the document as their source and the span as their locator.
/// <c>--list</c>, <c>--accept ID…</c> and <c>--reject ID…</c> do the same without prompts.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var list = new Option<bool>("--list") { Description = "List pending candidates and stop" };
        var acceptIds = new Option<long[]>("--accept") { Description = "Accept these candidate ids without prompting", AllowMultipleArgumentsPerToken = true };
        var rejectIds = new Option<long[]>("--reject") { Description = "Reject these candidate ids without prompting", AllowMultipleArgumentsPerToken = true };
        var ledger = EvidenceOptions.LedgerOption();
        var command = new Command("review", "Accept, edit or reject the candidate facts found by `defacto ingest`") { list, acceptIds, rejectIds, ledger };
        command.SetAction(r => Guard.Run(context, () => EvidenceOptions.WithLedger(r.GetValue(ledger), context, store =>
        {
            var pending = store.PendingCandidates();
            var accept = r.GetValue(acceptIds) ?? [];
            var reject = r.GetValue(rejectIds) ?? [];
            var request = new ReviewRequest(accept, reject);
            if (!request.IsEmpty)
            {
                // The whole request is checked, then applied as one: a refusal changes nothing.
                var problems = request.Problems(pending.Select(c => c.Id).ToHashSet());
                if (problems.Count > 0)
                {
                    throw new UserErrorException("review refused, nothing changed: " + string.Join("; ", problems));
                }

                foreach (var outcome in store.Review(request, context.Coder))
                {
                    Report(context, outcome);
                }

                return 0;
            }

            if (pending.Count == 0)
            {
                context.Out.WriteLine("No candidates are waiting for review; `defacto ingest FILE` finds some.");
                return 0;
            }

            if (r.GetValue(list))
            {
                foreach (var c in pending)
                {
                    context.Out.WriteLine(Describe(c));
                }

                return 0;
            }

            return Interactive(context, store, pending);
        })));
        return command;
    }

    private static int Interactive(CliContext context, ILedgerStore store, IReadOnlyList<Candidate> pending)
    {
        context.Out.WriteLine($"{pending.Count} candidate(s) to review. For each: [a]ccept, [e]dit then accept, [r]eject, [s]kip, [q]uit.");
        foreach (var c in pending)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(Describe(c));
            while (true)
            {
                context.Out.Write("> ");
                var answer = context.In.ReadLine()?.Trim().ToLowerInvariant();
                if (answer is null or "q" or "quit")
                {
                    return 0;
                }

                if (answer is "s" or "skip" or "")
                {
                    break;
                }

                if (answer is "a" or "accept")
                {
                    if (TryReview(context, store, c.Id, ReviewDecision.Accept, null))
                    {
                        break;
                    }

                    continue;
                }

                if (answer is "r" or "reject")
                {
                    Report(context, store.Review(c.Id, ReviewDecision.Reject, null, context.Coder));
                    break;
                }

                if (answer is "e" or "edit")
                {
                    var edit = Edit(context, c);
                    if (edit is not null && TryReview(context, store, c.Id, ReviewDecision.Accept, edit))
                    {
                        break;
                    }

                    continue;
                }

                context.Out.WriteLine("answer a, e, r, s or q");
            }
        }

        return 0;
    }

    /// <summary>Asks for each field in turn; an empty answer keeps the candidate's value. Null when the edit is abandoned.</summary>
    private static CandidateEdit? Edit(CliContext context, Candidate c)
    {
        string? Ask(string field, string current)
        {
            context.Out.Write($"  {field} [{current}]: ");
            var text = context.In.ReadLine();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        var f = c.Fact;
        var valueText = Ask("value (number, low-high, or category)", f.Value.ToString());
        ObservedValue? value = null;
        if (valueText is not null)
        {
            value = ParseValue(valueText);
            if (value is null)
            {
                context.Out.WriteLine("  not a number, a low-high range or a category word; edit abandoned");
                return null;
            }
        }

        var statusText = Ask("status (in-place/pledged)", Vocabulary.Name(f.Status));
        var status = statusText is null ? (EvidenceStatus?)null : Vocabulary.ParseStatus(statusText);
        if (statusText is not null && status is null)
        {
            context.Out.WriteLine("  status is in-place or pledged; edit abandoned");
            return null;
        }

        var asOfText = Ask("as of (YYYY, YYYY-MM, YYYY-MM-DD)", f.AsOf?.ToString() ?? "");
        PartialDate? asOf = null;
        if (asOfText is not null)
        {
            var parsed = PartialDate.Parse(asOfText);
            if (!parsed.Success)
            {
                context.Out.WriteLine($"  {parsed.Error}; edit abandoned");
                return null;
            }

            asOf = parsed.Value;
        }

        return new CandidateEdit
        {
            Territory = Ask("territory", f.Territory),
            Indicator = Ask("indicator", f.Indicator),
            Value = value,
            Status = status,
            AsOf = asOf,
            Qualifier = Ask("qualifier (official/estimate/approximate/claimed/disputed)", f.Qualifier ?? ""),
            Note = Ask("note", ""),
        };
    }

    private static ObservedValue? ParseValue(string text)
    {
        var parts = text.Split('-', 2);
        if (parts.Length == 2 && Number(parts[0]) is { } low && Number(parts[1]) is { } high)
        {
            return ObservedValue.OfInterval(low, high);
        }

        if (Number(text) is { } point)
        {
            return ObservedValue.OfPoint(point);
        }

        return text.All(ch => char.IsLetter(ch) || ch == '-') ? ObservedValue.OfCategory(text.ToLowerInvariant()) : null;
    }

    private static double? Number(string s) =>
        double.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Describe(Candidate c)
    {
        var f = c.Fact;
        var qualifier = f.Qualifier is null ? "" : $", {f.Qualifier}";
        var unit = f.Unit is null or "ratio" ? "" : " " + f.Unit;
        return $"#{c.Id} {f.Territory} {f.Indicator} = {f.Value}{unit} ({Vocabulary.Name(f.Status)}{qualifier}, as of {f.AsOf?.ToString() ?? "?"}, confidence {f.Confidence:0.00})\n" +
            $"    \"{f.Quote}\" — {f.DocumentTitle ?? f.DocumentName}, chars {f.SpanStart}–{f.SpanStart + f.SpanLength}";
    }

    /// <summary>One refused review (an edit that breaks the codebook) is said and the session goes on.</summary>
    private static bool TryReview(CliContext context, ILedgerStore store, long id, ReviewDecision decision, CandidateEdit? edit)
    {
        try
        {
            Report(context, store.Review(id, decision, edit, context.Coder));
            return true;
        }
        catch (LedgerException e)
        {
            context.Out.WriteLine($"  not accepted: {e.Message}; answer e to edit again, r to reject or s to skip");
            return false;
        }
    }

    private static void Report(CliContext context, ReviewOutcome outcome) =>
        context.Out.WriteLine(outcome.Observation is { } o
            ? $"accepted #{outcome.Candidate.Id} as observation {o.Id} (source {o.Source}, {o.Locator})"
            : $"{outcome.Candidate.State.ToString().ToLowerInvariant()} #{outcome.Candidate.Id}");
}
