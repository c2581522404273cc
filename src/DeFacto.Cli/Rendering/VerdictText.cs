using DeFacto.Core.Scoring;
using DeFacto.Exports.Json;

namespace DeFacto.Cli.Rendering;

/// <summary>The parts of an assessment every text view shares: headline, functional stage, formal status, coverage, warnings.</summary>
internal static class VerdictText
{
    public static string Headline(Assessment a) => a.Stage is { } s ? Names.Of(s) : "—";

    public static string Functional(Assessment a)
    {
        var stage = a.Functional.Stage is { } f ? Names.Of(f) : "none named";
        return $"{stage} · " + string.Join(" · ", Names.FunctionalStages.Select(x => $"{Names.Of(x)} {Format.Probability(a.Functional.ProbabilityOf(x))}"));
    }

    public static string Formal(Assessment a)
    {
        var f = a.Formal;
        var incorporated = f.Incorporated ? $"incorporated since {f.IncorporatedOn:yyyy-MM-dd}" : "not incorporated";
        return $"{incorporated} · recognised by patron: {YesNo(f.RecognisedByPatron)} · accession sought: {YesNo(f.AccessionSought)} · bloc: {f.BlocMembership ?? "no evidence"} · {f.StepsLeft} formal step(s) left";
    }

    public static string Coverage(Assessment a)
    {
        var applicable = a.DomainCount - a.NotApplicable;
        var na = a.NotApplicable > 0 ? $", {a.NotApplicable} not applicable" : "";
        return $"{a.Current} of {applicable} domains with current evidence, {a.Evidenced} with any{na}";
    }

    /// <summary>The stage a short cell shows: the headline, and for an abstention the two stages it leaves open.</summary>
    public static string Cell(Assessment a) => a.Stage is Stage.Indeterminate or Stage.InsufficientEvidence && a.Verdict.Alternatives.Count == 2
        ? $"{Headline(a)} ({Names.Of(a.Verdict.Alternatives[0])}/{Names.Of(a.Verdict.Alternatives[1])})"
        : Headline(a);

    /// <summary>A warning in words, with the command-line hint where a flag would change it.</summary>
    public static string Warning(AssessmentWarning w) => AssessmentWording.Warning(w) + w.Kind switch
    {
        WarningKinds.PledgesNotCounted => "; use --basis commitments to include them",
        WarningKinds.PledgesNotInForce => "; --pledges signed counts them from signature",
        _ => "",
    };

    public static string Basis(Assessment a) =>
        a.Basis == Core.Scoring.Basis.Commitments ? $"commitments (pledges from {(a.Pledges == PledgeCounting.FromSignature ? "signature" : "entry into force")})" : "practice";

    private static string YesNo(bool b) => b ? "yes" : "no";
}
