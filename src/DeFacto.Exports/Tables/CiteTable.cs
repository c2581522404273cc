using DeFacto.Exports.Citations;

namespace DeFacto.Exports.Tables;

/// <summary>How to cite the dataset, as a small table so that every format (and the workbook's "cite" sheet) carries it.</summary>
public static class CiteTable
{
    public const string Name = "cite";

    public static Table Build(DatasetCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        (string Style, string Text)[] rows =
        [
            ("citation", citation.Text()),
            ("bibtex", citation.BibTex()),
        ];
        return new TableSpec<(string Style, string Text)>(Name, "How to cite DeFacto",
                "The dataset's suggested citation and its BibTeX entry, both naming the version (also in cite.bib).")
            .Text("style", "citation (in words) or bibtex", r => r.Style)
            .Text("text", "The citation", r => r.Text)
            .Text("version", "Version cited (text)", _ => citation.Version)
            .Key("style")
            .Build(rows);
    }
}
