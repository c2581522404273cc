using System.Globalization;
using DeFacto.Core.Coding;
using YamlDotNet.RepresentationModel;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads <c>codebook.yaml</c> into a <see cref="Codebook"/>.</summary>
internal static class CodebookReader
{
    private static readonly Dictionary<string, Scale> Scales = new(StringComparer.Ordinal)
    {
        ["share"] = Scale.Share,
        ["count"] = Scale.Count,
        ["ratio"] = Scale.Ratio,
        ["ordinal"] = Scale.Ordinal,
        ["binary"] = Scale.Binary,
        ["category"] = Scale.Category,
    };

    private static readonly Dictionary<string, IndicatorRole> Roles = new(StringComparer.Ordinal)
    {
        ["scored"] = IndicatorRole.Scored,
        ["derived"] = IndicatorRole.Derived,
        ["auxiliary"] = IndicatorRole.Auxiliary,
        ["status"] = IndicatorRole.Status,
    };

    public static Codebook? Read(FieldReader root)
    {
        root.AllowOnly("version", "stale_after_years", "fresh_years", "unobserved_prior", "min_current_domains", "min_stage_probability",
            "thin_evidence_domains", "pledge_grace_years", "evidence_ending_events", "monte_carlo", "stages", "qualifiers", "domains", "indicators");
        var domains = root.Items("domains", required: true).Select(ReadDomain).OfType<Domain>().ToList();
        var qualifiers = root.Items("qualifiers", required: true).Select(ReadQualifier).OfType<QualifierUncertainty>().ToList();
        var domainIds = domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var indicators = new List<Indicator>();
        foreach (var item in root.Items("indicators", required: true))
        {
            if (ReadIndicator(item, domainIds) is { } indicator)
            {
                if (indicators.Any(i => i.Id == indicator.Id))
                {
                    item.Problem("id", $"'{indicator.Id}' is defined twice");
                }

                indicators.Add(indicator);
            }
        }

        foreach (var indicator in indicators.Where(i => i.Derivation is not null))
        {
            foreach (var input in indicator.Derivation!.Inputs.Where(id => indicators.All(i => i.Id != id)))
            {
                root.Problem("indicators", $"{indicator.Id} is derived from '{input}', which the codebook does not define");
            }
        }

        var thresholds = ReadStages(root.Child("stages"));
        var monteCarlo = root.Child("monte_carlo");
        var draws = monteCarlo?.Number("draws") ?? 2000;
        var seed = monteCarlo?.Number("seed") ?? 20150318;
        if (draws < 1 || seed < 0)
        {
            root.Problem("monte_carlo", "draws must be at least 1 and the seed non-negative");
        }

        if (qualifiers.All(q => q.Id != "stated"))
        {
            root.Problem("qualifiers", "needs an entry with id 'stated' for values given without a hedge");
        }

        var functional = domains.Where(d => d.Functional).Select(d => d.Id).ToList();
        var parameters = ModelParameterReader.Read(root, functional);

        return new Codebook
        {
            Version = root.String("version", required: true) ?? "",
            Domains = domains,
            Indicators = indicators,
            Qualifiers = qualifiers,
            Thresholds = thresholds,
            FreshYears = parameters.FreshYears,
            StaleAfterYears = parameters.StaleAfterYears,
            UnobservedPrior = parameters.Prior,
            MinCurrentDomains = parameters.MinCurrentDomains,
            MinStageProbability = parameters.MinStageProbability,
            ThinEvidenceDomains = parameters.ThinEvidenceDomains,
            PledgeGraceYears = parameters.PledgeGraceYears,
            EvidenceEndingEvents = parameters.EndingEvents,
            DefaultDraws = (int)Math.Max(1, draws),
            DefaultSeed = (ulong)Math.Max(0, seed),
        };
    }

    private static Domain? ReadDomain(FieldReader r)
    {
        r.AllowOnly("id", "label", "weight", "functional", "description");
        var id = r.String("id", required: true);
        var functional = r.String("functional") is { } f ? ParseBool(r, "functional", f) : true;
        return id is null ? null : new Domain(id, r.String("label") ?? id, r.Number("weight") ?? 1, functional, r.String("description") ?? "");
    }

    private static QualifierUncertainty? ReadQualifier(FieldReader r)
    {
        r.AllowOnly("id", "share_spread", "relative_spread", "category_reliability", "explanation");
        var id = r.String("id", required: true);
        var reliability = r.Number("category_reliability", required: true) ?? 1;
        if (reliability is < 0 or > 1)
        {
            r.Problem("category_reliability", "must lie between 0 and 1");
        }

        return id is null ? null : new QualifierUncertainty(id, r.Number("share_spread", required: true) ?? 0,
            r.Number("relative_spread", required: true) ?? 0, reliability, r.String("explanation") ?? "");
    }

    private static Indicator? ReadIndicator(FieldReader r, HashSet<string> domains)
    {
        r.AllowOnly("id", "domain", "question", "scale", "role", "unit", "range", "goalposts", "weight", "guidance",
            "cue_terms", "anchors", "derivation", "annexation_value", "holders");
        var id = r.String("id", required: true);
        var domain = r.String("domain", required: true);
        if (domain is not null && !domains.Contains(domain))
        {
            r.Problem("domain", $"'{domain}' is not a domain of this codebook");
        }

        var scaleText = r.OneOf("scale", Scales.Keys, required: true);
        var roleText = r.OneOf("role", Roles.Keys, required: true);
        if (id is null || domain is null || scaleText is null || roleText is null)
        {
            return null;
        }

        var scale = Scales[scaleText];
        var role = Roles[roleText];
        var anchors = r.Items("anchors").Select(a => ReadAnchor(a, role)).OfType<Anchor>().ToList();
        var holders = ReadHolders(r, numeric: scale is Scale.Share or Scale.Ratio or Scale.Count);
        var range = Pair(r, "range");
        var goalposts = Pair(r, "goalposts");
        var numeric = scale is Scale.Share or Scale.Count or Scale.Ratio;
        if (!numeric && anchors.Count == 0)
        {
            r.Problem("anchors", $"a {scaleText} indicator needs anchors (its categories)");
        }

        if (numeric && role is IndicatorRole.Scored or IndicatorRole.Derived && goalposts?.Min is null)
        {
            r.Problem("goalposts", "a scored numeric indicator needs goalposts [min, max]");
        }

        var annexationValue = r.String("annexation_value");
        if (annexationValue is not null && anchors.All(a => a.Id != annexationValue))
        {
            r.Problem("annexation_value", $"'{annexationValue}' is not one of the anchors");
        }

        return new Indicator
        {
            Id = id,
            Domain = domain,
            Question = r.String("question", required: true) ?? "",
            Scale = scale,
            Role = role,
            Unit = r.String("unit"),
            Anchors = anchors,
            Minimum = range?.Min,
            Maximum = range?.Max,
            Goalposts = goalposts is { Min: { } gmin, Max: { } gmax } ? new Goalposts(gmin, gmax) : null,
            Weight = r.Number("weight") ?? 1,
            Guidance = r.String("guidance") ?? "",
            CueTerms = r.Strings("cue_terms"),
            Derivation = r.Child("derivation") is { } d ? ReadDerivation(d) : null,
            AnnexationValue = annexationValue,
            Holders = holders,
        };
    }

    // A scored numeric indicator names who holds the function at low, middle and high scores.
    private static List<Holder> ReadHolders(FieldReader r, bool numeric)
    {
        // Optional, so that a codebook written before model v2 still reads (its holders are then unknown);
        // the bundled codebook names every holder, and a test keeps it so.
        var names = r.Strings("holders");
        if (names.Count == 0)
        {
            return [];
        }

        if (!numeric || names.Count != 3)
        {
            r.Problem("holders", numeric
                ? "should list three holders: at low, middle and high scores, e.g. [territory, shared, patron]"
                : "is for numeric indicators; give each anchor its own holder");
            return [];
        }

        var holders = names.Select(n => Holders.Parse(n)).ToList();
        if (holders.Any(h => h is null))
        {
            r.Problem("holders", $"each holder is one of: {string.Join(", ", Holders.Names)}");
            return [];
        }

        return holders.Select(h => h!.Value).ToList();
    }

    private static Anchor? ReadAnchor(FieldReader r, IndicatorRole role)
    {
        r.AllowOnly("id", "score", "label", "cues", "holder");
        var holderText = r.OneOf("holder", Holders.Names);
        var id = r.String("id", required: role != IndicatorRole.Status);
        var score = r.Number("score", required: role != IndicatorRole.Status);
        if (score is < 0 or > 1)
        {
            r.Problem("score", "must lie between 0 and 1");
        }

        return id is null ? null : new Anchor(id, score, r.String("label") ?? id)
        {
            Cues = r.Strings("cues"),
            Holder = Holders.Parse(holderText) ?? Holder.Unknown,
        };
    }

    private static Derivation ReadDerivation(FieldReader r)
    {
        r.AllowOnly("numerator", "denominator", "numerator_in_denominator");
        var inDenominator = r.String("numerator_in_denominator") is { } s && ParseBool(r, "numerator_in_denominator", s);
        return new Derivation(r.Strings("numerator", required: true), r.Strings("denominator", required: true), inDenominator);
    }

    private static StageThresholds ReadStages(FieldReader? r)
    {
        if (r is null)
        {
            return StageThresholds.Default;
        }

        r.AllowOnly("patronage", "integration", "de_facto_index", "de_facto_domain_minimum", "de_facto_minimum_domains");
        var d = StageThresholds.Default;
        var t = new StageThresholds(r.Number("patronage") ?? d.Patronage, r.Number("integration") ?? d.Integration,
            r.Number("de_facto_index") ?? d.DeFactoIndex, r.Number("de_facto_domain_minimum") ?? d.DeFactoDomainMinimum,
            (int)(r.Number("de_facto_minimum_domains") ?? d.DeFactoMinimumDomains));
        if (!(t.Patronage <= t.Integration && t.Integration <= t.DeFactoIndex))
        {
            r.Problem("", "thresholds must rise: patronage ≤ integration ≤ de_facto_index");
        }

        return t;
    }

    private static (double? Min, double? Max)? Pair(FieldReader r, string field)
    {
        var node = r.Node(field);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode { Children.Count: 2 } seq && seq.Children.All(c => c is YamlScalarNode))
        {
            double? Parse(YamlNode n) => ((YamlScalarNode)n).Value is { } v && v != "null" && v != "~"
                ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : Bad(n)
                : null;
            double? Bad(YamlNode n)
            {
                r.Problem(field, $"'{((YamlScalarNode)n).Value}' is not a number", n);
                return null;
            }

            return (Parse(seq.Children[0]), Parse(seq.Children[1]));
        }

        r.Problem(field, "should be a pair [min, max] (null for no bound)");
        return null;
    }

    private static bool ParseBool(FieldReader r, string field, string text)
    {
        if (text is "true" or "yes")
        {
            return true;
        }

        if (text is not ("false" or "no"))
        {
            r.Problem(field, $"'{text}' should be true or false");
        }

        return false;
    }
}
