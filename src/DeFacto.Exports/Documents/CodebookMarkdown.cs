using System.Text;
using DeFacto.Core.Coding;

namespace DeFacto.Exports.Documents;

/// <summary>The codebook as a Markdown document (GitHub-flavoured tables), for the repository and the release.</summary>
public static class CodebookMarkdown
{
    public static string Render(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var sb = new StringBuilder();
        sb.Append("# ").Append(CodebookFacts.Title(codebook)).Append("\n\n");
        sb.Append(Escape(CodebookFacts.Intro(codebook))).Append("\n\n");
        sb.Append("The columns of the exported tables (panel, observations, events, treaties, sources and the rest) are described in ")
            .Append("[variables.md](").Append(VariablesDocument.FileName).Append(") (in the repository: `docs/variables.md`).\n\n");

        sb.Append("## Domains\n\n| domain | name | weight | in the index | what it covers |\n|---|---|---|---|---|\n");
        foreach (var d in codebook.Domains)
        {
            Row(sb, Code(d.Id), d.Label, CodebookFacts.Number(d.Weight), d.Functional ? "yes" : "no", d.Description);
        }

        sb.Append("\n## Stages\n\n| stage | rule |\n|---|---|\n");
        foreach (var (stage, rule) in CodebookFacts.Stages(codebook))
        {
            Row(sb, Code(stage), rule);
        }

        sb.Append('\n').Append(Escape(CodebookFacts.MonteCarlo(codebook))).Append("\n\n");
        sb.Append("## Qualifiers and uncertainty\n\n| qualifier | share ± points | count or ratio ± | category right with probability | meaning |\n|---|---|---|---|---|\n");
        foreach (var q in codebook.Qualifiers)
        {
            Row(sb, Code(q.Id), CodebookFacts.Number(q.ShareSpread), $"{CodebookFacts.Number(q.RelativeSpread * 100)}%",
                CodebookFacts.Number(q.CategoryReliability), q.Explanation);
        }

        foreach (var domain in codebook.Domains)
        {
            sb.Append("\n## ").Append(Escape(domain.Label)).Append(" (`").Append(domain.Id).Append("`)\n\n");
            sb.Append(Escape(domain.Description)).Append('\n');
            foreach (var i in codebook.IndicatorsOf(domain.Id))
            {
                Indicator(sb, i);
            }
        }

        return sb.ToString();
    }

    private static void Indicator(StringBuilder sb, Indicator i)
    {
        sb.Append("\n### `").Append(i.Id).Append("`\n\n");
        sb.Append(Escape(i.Question)).Append("\n\n");
        sb.Append("- scale: ").Append(CodebookFacts.Scale(i)).Append("; role: ").Append(CodebookFacts.Role(i));
        if (i.Role is IndicatorRole.Scored or IndicatorRole.Derived)
        {
            sb.Append("; weight ").Append(CodebookFacts.Number(i.Weight));
        }

        sb.Append('\n');
        Item(sb, "unit", i.Unit);
        Item(sb, "range", CodebookFacts.Range(i));
        Item(sb, "score", CodebookFacts.Mapping(i));
        Item(sb, "derived as", CodebookFacts.Derivation(i));
        Item(sb, "formal annexation means", i.AnnexationValue);
        Item(sb, "guidance", i.Guidance.Length == 0 ? null : i.Guidance);
        Item(sb, "cue terms", i.CueTerms.Count == 0 ? null : string.Join(", ", i.CueTerms));
        if (i.Anchors.Count > 0)
        {
            sb.Append("\n| category | score | meaning |\n|---|---|---|\n");
            foreach (var a in i.Anchors)
            {
                Row(sb, Code(a.Id), a.Score is { } s ? CodebookFacts.Number(s) : "not scored", a.Label);
            }
        }
    }

    private static void Item(StringBuilder sb, string name, string? value)
    {
        if (value is not null)
        {
            sb.Append("- ").Append(name).Append(": ").Append(Escape(value)).Append('\n');
        }
    }

    private static void Row(StringBuilder sb, params string[] cells)
    {
        sb.Append('|');
        foreach (var cell in cells)
        {
            sb.Append(' ').Append(cell.StartsWith('`') ? cell : Cell(cell)).Append(" |");
        }

        sb.Append('\n');
    }

    private static string Code(string id) => "`" + id.Replace("`", "'", StringComparison.Ordinal) + "`";

    /// <summary>Inside a table cell a pipe ends the cell and a line break ends the row.</summary>
    private static string Cell(string text) =>
        Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>Escapes the characters that would turn prose into markup.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
