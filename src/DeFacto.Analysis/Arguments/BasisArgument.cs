using DeFacto.Analysis.Answers;
using DeFacto.Core.Scoring;

namespace DeFacto.Analysis.Arguments;

/// <summary>practice (the default) or commitments.</summary>
public static class BasisArgument
{
    public static Outcome<Basis> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcomes.Of(Basis.Practice);
        }

        return Names.ParseBasis(text) is { } basis
            ? Outcomes.Of(basis)
            : Outcomes.Fail<Basis>(Problem.Invalid("basis", $"'{text}' is not a basis; use practice (in-place evidence only) or commitments (in place or pledged)"));
    }
}
