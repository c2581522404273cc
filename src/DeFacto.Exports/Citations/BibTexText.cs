using System.Text;

namespace DeFacto.Exports.Citations;

/// <summary>Escapes text for a brace-delimited BibTeX field, so that LaTeX prints it as written.</summary>
public static class BibTexText
{
    /// <summary>Escapes LaTeX's special characters. The file is UTF-8: other characters pass through
    /// (biber and modern BibTeX read them; see docs/exports.md).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A URL goes in verbatim (the url package reads it raw); only braces, which would unbalance
    /// the field, and spaces are percent-encoded.</summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);
    }

    /// <summary>A citation key: the source id, with anything BibTeX does not allow in a key replaced.</summary>
    public static string Key(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '/' ? c : '-').ToArray();
        return new string(chars);
    }
}
