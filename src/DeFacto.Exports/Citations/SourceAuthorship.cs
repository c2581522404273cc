using DeFacto.Core.Evidence;

namespace DeFacto.Exports.Citations;

/// <summary>
/// Who a citation names as author when the source names no person. A report, a dataset or a web page
/// without a byline is issued by its organisation or site, which is the publisher the source names, so
/// styles cite "International Crisis Group (2010)" instead of the title. News, articles and
/// encyclopedia entries without a byline are cited by title (their newspaper or encyclopedia is the
/// container, not the author); treaties, laws and statements are too, because their publisher is
/// often only the site that holds the text.
/// </summary>
public static class SourceAuthorship
{
    public static string? Corporate(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Authors.Count == 0 && source.Kind is "report" or "dataset" or "web-page" && !string.IsNullOrWhiteSpace(source.Publisher)
            ? source.Publisher.Trim()
            : null;
    }
}
