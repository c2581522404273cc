using System.Globalization;
using System.Text;

namespace DeFacto.Web.Charts;

/// <summary>Writes SVG markup: every text escaped, every number in invariant culture with one decimal.</summary>
internal static class SvgText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not ('\n' or '\t') => " ",
                _ when char.GetUnicodeCategory(c) == UnicodeCategory.Format => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>The opening tag of an accessible chart: role img, labelled by its title and described by its description.</summary>
    public static void Open(StringBuilder sb, string id, double width, double height, string title, string description, string cssClass)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" id=\"").Append(id).Append("\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");
    }

    public static void Label(StringBuilder sb, double x, double y, string text, string anchor = "start", string cssClass = "label")
    {
        sb.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"").Append(anchor)
            .Append("\" class=\"").Append(cssClass).Append("\">").Append(Escape(text)).Append("</text>");
    }

    /// <summary>A safe id fragment: letters, digits and hyphens only.</summary>
    public static string Id(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
