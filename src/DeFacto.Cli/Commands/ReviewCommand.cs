using System.CommandLine;
using DeFacto.Analysis.Reviewing;
using DeFacto.Cli.Answers;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
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
            var accept = r.GetValue(acceptIds) ?? [];
            var reject = r.GetValue(rejectIds) ?? [];
            if (accept.Length > 0 || reject.Length > 0)
            {
                return ProblemText.Render(context, ReviewDesk.DecideAll(store, accept, reject, context.Coder), outcomes =>
                {
                    foreach (var outcome in outcomes)
                    {
                        Report(context, outcome);
                    }

                    return 0;
                });
            }

            var pending = store.PendingCandidates();
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
        var reference = new Lazy<Core.Dataset>(store.Load);
        context.Out.WriteLine($"{pending.Count} candidate(s) to review. For each: [a]ccept, [e]dit then accept, [r]eject, [s]kip, [q]uit.");
        foreach (var c in pending)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(Describe(c));
            if (c.Fact.Paragraph is { } paragraph && paragraph.Text != c.Fact.Sentence?.Text)
            {
                context.Out.WriteLine($"    paragraph: {OneLine(paragraph.Text)}");
            }

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
                    if (TryReview(context, store, c.Id, ReviewDecision.Reject, null))
                    {
                        break;
                    }

                    continue;
                }

                if (answer is "e" or "edit")
                {
                    var edit = Edit(context, c, reference.Value);
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

    /// <summary>Asks for each field in turn; an empty answer keeps the candidate's value. Null when the edit cannot be read.</summary>
    private static CandidateEdit? Edit(CliContext context, Candidate c, Core.Dataset reference)
    {
        string? Ask(string field, string current)
        {
            context.Out.Write($"  {field} [{current}]: ");
            var text = context.In.ReadLine();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        var f = c.Fact;
        var text = new EditText
        {
            Value = Ask("value (number, low-high, or category)", f.Value.ToString()),
            Status = Ask("status (in-place/pledged)", Vocabulary.Name(f.Status)),
            AsOf = Ask("as of (YYYY, YYYY-MM, YYYY-MM-DD)", f.AsOf?.ToString() ?? ""),
            Territory = Ask("territory", f.Territory),
            Indicator = Ask("indicator", f.Indicator),
            Qualifier = Ask($"qualifier ({string.Join('/', reference.Codebook.QualifierIds)})", f.Qualifier ?? ""),
            Note = Ask("note", ""),
        };
        var edit = ReviewDesk.ReadEdit(reference.Codebook, reference.Registry, text);
        foreach (var problem in edit.Problems)
        {
            context.Out.WriteLine($"  {ProblemText.Words(problem)}; edit abandoned");
        }

        return edit.TryGetValue(out var value) ? value : null;
    }

    private static string Describe(Candidate c)
    {
        var f = c.Fact;
        var qualifier = f.Qualifier is null ? "" : $", {f.Qualifier}";
        var unit = f.Unit is null or "ratio" ? "" : " " + f.Unit;
        var sentence = f.Sentence is { } s ? $"\n    sentence: {OneLine(s.Text)}" : "";
        return $"#{c.Id} {f.Territory} {f.Indicator} = {f.Value}{unit} ({Vocabulary.Name(f.Status)}{qualifier}, as of {f.AsOf?.ToString() ?? "?"}, confidence {f.Confidence:0.00})\n" +
            $"    \"{f.Quote}\" — {f.DocumentTitle ?? f.DocumentName}, chars {f.SpanStart}–{f.SpanStart + f.SpanLength}" + sentence;
    }

    // A passage from a document may span lines; on the terminal it is one line, its whitespace runs made one space.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One refused review (an edit that breaks the codebook) is said and the session goes on.</summary>
    private static bool TryReview(CliContext context, ILedgerStore store, long id, ReviewDecision decision, CandidateEdit? edit)
    {
        var outcome = ReviewDesk.Decide(store, id, decision, edit, context.Coder);
        if (outcome.TryGetValue(out var done))
        {
            Report(context, done);
            return true;
        }

        context.Out.WriteLine($"  not accepted: {string.Join("; ", outcome.Problems.Select(ProblemText.Words))}; answer e to edit again, r to reject or s to skip");
        return false;
    }

    private static void Report(CliContext context, ReviewOutcome outcome) =>
        context.Out.WriteLine(outcome.Observation is { } o
            ? $"accepted #{outcome.Candidate.Id} as observation {o.Id} (source {o.Source}, {o.Locator})"
            : $"{outcome.Candidate.State.ToString().ToLowerInvariant()} #{outcome.Candidate.Id}");
}
