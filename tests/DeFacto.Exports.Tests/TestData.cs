using DeFacto.Dataset;

namespace DeFacto.Exports.Tests;

/// <summary>
/// A small dataset built in the test: two territories with evidence (one with a pledge and a hedge),
/// one without, and texts chosen to break naive writers — commas, quotes, line breaks, Cyrillic,
/// BibTeX's special characters, a URL with % and #.
/// </summary>
internal static class TestData
{
    public static readonly DateOnly Today = new(2016, 6, 30);

    public const string Codebook = """
        version: "t1"
        stale_after_years: 5
        monte_carlo: {draws: 300, seed: 7}
        stages: {patronage: 0.25, integration: 0.5, de_facto_index: 0.8, de_facto_domain_minimum: 0.6, de_facto_minimum_domains: 2}
        qualifiers:
          - {id: stated, share_spread: 2, relative_spread: 0.02, category_reliability: 0.95, explanation: "Plain."}
          - {id: estimate, share_spread: 5, relative_spread: 0.1, category_reliability: 0.9, explanation: "An estimate, ±5 points."}
          - {id: official, share_spread: 1, relative_spread: 0.01, category_reliability: 0.97, explanation: "An official figure."}
        domains:
          - {id: citizenship, label: Citizenship, weight: 1, functional: true, description: "Who | the residents are citizens of."}
          - {id: finance, label: Finance, weight: 1, functional: true, description: "Money & *budget* <b>."}
          - {id: status, label: De jure status, weight: 0, functional: false, description: "The formal axis."}
        indicators:
          - id: citizenship.patron_passport_share
            domain: citizenship
            question: Share of residents holding the patron's citizenship.
            scale: share
            role: scored
            unit: percent
            range: [0, 100]
            goalposts: [0, 100]
            weight: 1
            guidance: "Code <all> residents | not adults."
            cue_terms: [passport, citizens]
          - id: finance.currency
            domain: finance
            question: Currency in general use.
            scale: ordinal
            role: scored
            weight: 1
            anchors:
              - {id: own, score: 0, label: "own currency"}
              - {id: dual, score: 0.5, label: "patron's beside another"}
              - {id: patron, score: 1, label: "patron's currency"}
          - id: status.formal_incorporation
            domain: status
            question: The patron has formally incorporated the territory.
            scale: binary
            role: status
            annexation_value: "yes"
            anchors:
              - {id: "no", label: "not incorporated"}
              - {id: "yes", label: "incorporated"}
        """;

    public const string Territories = """
        states:
          - {id: ruritania, name: Ruritania}
          - {id: borduria, name: Borduria}
        territories:
          - {id: alpha-land, name: Alpha Land, parent: ruritania, patron: borduria, aliases: [Alpha, "Альфа"]}
          - {id: beta-land, name: "Beta, Land", parent: ruritania, patron: borduria}
          - {id: gamma-land, name: Gamma Land, parent: ruritania, patron: borduria}
        """;

    public const string Sources = """
        sources:
          - id: report-2012
            kind: report
            title: "Integration & its {discontents}: 50% of \"residents\" #1_a ~ ^ \\ end"
            author: [Anna Smith, "Jones, Bob"]
            publisher: Institute of Studies
            container: Briefing Paper
            number: "7/2012"
            published: 2012-03
            url: "https://example.org/report?id=50%25#p3"
            accessed: 2012-04-02
            language: en
          - id: news-2010
            kind: news
            title: "Новости: currency, passports"
            publisher: The Daily Paper
            published: 2010-05-17
            url: https://example.org/news/2010
            language: ru
          - id: treaty-2013
            kind: treaty
            title: Treaty on Alliance
            publisher: Borduria
            published: 2013
        """;

    public const string AlphaEvidence = """
        territory: alpha-land
        coder: tester
        observations:
          - id: alpha-passports-2010
            indicator: citizenship.patron_passport_share
            value: 60
            unit: percent
            status: in-place
            as_of: 2010
            source: news-2010
            locator: "para. 2"
            quote: "60 per cent, say officials"
            note: "First line, with a comma\nsecond line with \"quotes\""
          - id: alpha-passports-2012
            indicator: citizenship.patron_passport_share
            value: 90
            unit: percent
            qualifier: estimate
            status: in-place
            as_of: 2012-03
            source: report-2012
            locator: "p. 4"
            quote: "an estimated 90 per cent"
            confidence: 0.7
            coder: "O'Brien, K."
          - id: alpha-currency-2010
            indicator: finance.currency
            category: dual
            status: in-place
            as_of: 2010-05
            source: news-2010
            locator: "para. 5"
            quote: "both currencies circulate"
          - id: alpha-currency-pledge-2013
            indicator: finance.currency
            category: patron
            status: pledged
            as_of: 2013
            source: treaty-2013
            locator: "Art. 4"
            quote: "shall adopt the currency"
        events:
          - id: alpha-treaty-2013
            type: treaty-signed
            date: 2013-11-24
            parties: [borduria, alpha-land]
            title: "Treaty signed, \"at last\""
            source: treaty-2013
            locator: "preamble"
        """;

    public const string BetaEvidence = """
        territory: beta-land
        observations:
          - id: beta-currency-2014
            indicator: finance.currency
            category: own
            status: in-place
            as_of: 2014-02-01
            source: report-2012
            locator: "p. 9"
            quote: "uses its own money"
        """;

    public static IReadOnlyDictionary<string, string> Files(string? alphaEvidence = null) => new Dictionary<string, string>
    {
        ["codebook.yaml"] = Codebook,
        ["territories.yaml"] = Territories,
        ["sources/test.yaml"] = Sources,
        ["evidence/alpha-land.yaml"] = alphaEvidence ?? AlphaEvidence,
        ["evidence/beta-land.yaml"] = BetaEvidence,
    };

    public static Core.Dataset Load(string? alphaEvidence = null)
    {
        var result = DatasetReader.Load(Files(alphaEvidence));
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Dataset!;
    }

    /// <summary>Writes the dataset files to a folder, for releases (which copy the files).</summary>
    public static string WriteTo(string directory, string? alphaEvidence = null)
    {
        foreach (var (name, text) in Files(alphaEvidence))
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return directory;
    }

    /// <summary>The repository's own data/ folder, found by walking up from the test binaries.</summary>
    public static string RealDataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeFacto.slnx")) && File.Exists(Path.Combine(dir.FullName, "data", "codebook.yaml")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new InvalidOperationException("cannot find the repository's data/ folder above " + AppContext.BaseDirectory);
    }
}
