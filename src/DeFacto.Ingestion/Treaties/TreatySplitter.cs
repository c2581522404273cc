using System.Globalization;
using System.Text.RegularExpressions;
using DeFacto.Ingestion.Text;

namespace DeFacto.Ingestion.Treaties;

/// <summary>
/// Splits a treaty's text into articles and their numbered paragraphs. An article starts at a line
/// that begins "Article 3", "ARTICLE III", "Art. 3" or "Статья 3"; a paragraph at a line that begins
/// "1." or "1)" inside an article.
/// </summary>
internal static partial class TreatySplitter
{
    public static List<TreatyArticle> Split(MappedText cleaned)
    {
        var text = cleaned.Text;
        var heads = ArticleHead().Matches(text).Select(m => (Start: m.Index, Number: Number(m.Groups["n"].Value))).ToList();
        var articles = new List<TreatyArticle>();
        for (var i = 0; i < heads.Count; i++)
        {
            var start = heads[i].Start;
            var end = i + 1 < heads.Count ? heads[i + 1].Start : text.Length;
            var paragraphs = ParagraphHead().Matches(text[start..end])
                .Select(m => (Start: start + m.Index + m.Value.Length - m.Value.TrimStart().Length, m.Groups["n"].Value)).ToList();
            var list = new List<TreatyParagraph>();
            for (var k = 0; k < paragraphs.Count; k++)
            {
                var ps = paragraphs[k].Start;
                var pe = k + 1 < paragraphs.Count ? paragraphs[k + 1].Start : end;
                list.Add(new TreatyParagraph(paragraphs[k].Value, cleaned.ToOriginal(ps, pe - ps)) { CleanStart = ps, CleanEnd = pe });
            }

            articles.Add(new TreatyArticle(heads[i].Number, cleaned.ToOriginal(start, end - start), list) { CleanStart = start, CleanEnd = end });
        }

        return articles;
    }

    /// <summary>The article (and paragraph) holding a position of the cleaned text: "3", "3.2", or null.</summary>
    public static string? Locate(IReadOnlyList<TreatyArticle> articles, int position)
    {
        foreach (var article in articles)
        {
            if (position >= article.CleanStart && position < article.CleanEnd)
            {
                var paragraph = article.Paragraphs.FirstOrDefault(p => position >= p.CleanStart && position < p.CleanEnd);
                return paragraph is null ? article.Number : $"{article.Number}.{paragraph.Number}";
            }
        }

        return null;
    }

    private static string Number(string raw)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var roman = Roman(raw.ToUpperInvariant());
        return roman > 0 ? roman.ToString(CultureInfo.InvariantCulture) : raw;
    }

    private static int Roman(string s)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!values.TryGetValue(s[i], out var v))
            {
                return 0;
            }

            total += i + 1 < s.Length && values.TryGetValue(s[i + 1], out var next) && next > v ? -v : v;
        }

        return total;
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?:Article|ARTICLE|Art\.|Статья|СТАТЬЯ|Artikel)[ \t]+(?<n>\d{1,3}|[IVXLC]{1,7})\b\.?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArticleHead();

    [GeneratedRegex(@"(?m)^[ \t]*(?<n>\d{1,2})[.)][ \t]+(?=\S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParagraphHead();
}
