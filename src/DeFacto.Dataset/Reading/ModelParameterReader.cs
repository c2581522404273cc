using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads the codebook's model parameters (DESIGN.md §5): ageing, the prior, abstention and event rules.</summary>
internal static class ModelParameterReader
{
    public sealed record Parameters(
        double FreshYears,
        double StaleAfterYears,
        UniformPrior Prior,
        int MinCurrentDomains,
        double MinStageProbability,
        int ThinEvidenceDomains,
        double PledgeGraceYears,
        IReadOnlyDictionary<string, IReadOnlyList<string>> EndingEvents);

    public static Parameters Read(FieldReader root, IReadOnlyList<string> functionalDomains)
    {
        var defaults = new Codebook { Version = "", Domains = [], Indicators = [], Qualifiers = [] };
        var fresh = root.Number("fresh_years") ?? defaults.FreshYears;
        var stale = root.Number("stale_after_years") ?? defaults.StaleAfterYears;
        if (fresh < 0 || stale < fresh)
        {
            root.Problem("stale_after_years", $"needs 0 ≤ fresh_years ({fresh}) ≤ stale_after_years ({stale})");
        }

        var minDomains = root.Number("min_current_domains") ?? defaults.MinCurrentDomains;
        if (minDomains < 0 || minDomains % 1 != 0)
        {
            root.Problem("min_current_domains", "should be a whole number, 0 or more");
        }

        var minProbability = root.Number("min_stage_probability") ?? defaults.MinStageProbability;
        if (minProbability is < 0 or > 1)
        {
            root.Problem("min_stage_probability", "must lie between 0 and 1");
        }

        var thin = root.Number("thin_evidence_domains") ?? defaults.ThinEvidenceDomains;
        var grace = root.Number("pledge_grace_years") ?? defaults.PledgeGraceYears;
        if (grace < 0)
        {
            root.Problem("pledge_grace_years", "cannot be negative");
        }

        return new Parameters(fresh, stale, ReadPrior(root), (int)minDomains, minProbability, (int)thin, grace, ReadEndingEvents(root, functionalDomains));
    }

    private static UniformPrior ReadPrior(FieldReader root)
    {
        if (root.Child("unobserved_prior") is not { } r)
        {
            return UniformPrior.Default;
        }

        r.AllowOnly("distribution", "low", "high");
        r.OneOf("distribution", ["uniform"]);
        var prior = new UniformPrior(r.Number("low") ?? 0, r.Number("high") ?? 1);
        if (!(prior.Low >= 0 && prior.Low <= prior.High && prior.High <= 1))
        {
            r.Problem("", "needs 0 ≤ low ≤ high ≤ 1");
        }

        return prior;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndingEvents(FieldReader root, IReadOnlyList<string> functionalDomains)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Child("evidence_ending_events") is not { } r)
        {
            return map;
        }

        foreach (var key in r.Map.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>())
        {
            var type = key.Value ?? "";
            if (!Vocabulary.EventTypes.Contains(type, StringComparer.Ordinal))
            {
                r.Problem(type, $"is not an event type (one of: {string.Join(", ", Vocabulary.EventTypes)})", key);
                continue;
            }

            var domains = r.Strings(type);
            foreach (var domain in domains.Where(d => !functionalDomains.Contains(d, StringComparer.Ordinal)))
            {
                r.Problem(type, $"'{domain}' is not a functional domain (one of: {string.Join(", ", functionalDomains)})");
            }

            map[type] = domains.Where(d => functionalDomains.Contains(d, StringComparer.Ordinal)).ToList();
        }

        return map;
    }
}
