using System.Text;
using DeFacto.Exports.Tables;

namespace DeFacto.Exports.Documents;

/// <summary>The variables of every exported table as a Markdown document (docs/variables.md, and variables.md in every export).</summary>
public static class VariablesDocument
{
    public const string FileName = "variables.md";

    public static string Render(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sb = new StringBuilder();
        sb.Append("# DeFacto variables\n\n");
        sb.Append("Every column of every table that `defacto export` writes, generated from the table definitions ")
            .Append("(the same list is the `variables` table, and the \"variables\" sheet of `defacto.xlsx`). ")
            .Append("Types are Frictionless Table Schema types; a missing value is an empty cell in CSV and xlsx, a null in Parquet and JSON. ")
            .Append("How each indicator is coded is in the codebook (`codebook.md` in every export); how to load the files is in the repository's `docs/exports.md`.\n\n");
        foreach (var table in tables)
        {
            sb.Append("- [`").Append(table.Name).Append("`](#").Append(table.Name).Append(") — ").Append(table.Title).Append('\n');
        }

        foreach (var table in tables)
        {
            sb.Append("\n## ").Append(table.Name).Append("\n\n").Append(table.Title).Append(". ").Append(table.Description).Append("\n\n");
            if (table.PrimaryKey.Count > 0)
            {
                sb.Append("Primary key: ").Append(string.Join(", ", table.PrimaryKey.Select(k => $"`{k}`"))).Append('.');
            }

            if (table.ForeignKeys.Count > 0)
            {
                sb.Append(" Foreign keys: ").Append(string.Join(", ", table.ForeignKeys.Select(f => $"`{f.Field}` → `{f.Table}.{f.ReferenceField}`"))).Append('.');
            }

            sb.Append("\n\n| column | type | description |\n|---|---|---|\n");
            foreach (var c in table.Columns)
            {
                sb.Append("| `").Append(c.Name).Append("` | ").Append(c.SchemaType).Append(" | ").Append(c.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }

        return sb.ToString();
    }
}
