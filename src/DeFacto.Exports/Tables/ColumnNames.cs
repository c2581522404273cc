namespace DeFacto.Exports.Tables;

/// <summary>Turns codebook ids into column names that R, Stata (32 characters at most) and pandas accept unquoted.</summary>
internal static class ColumnNames
{
    public static string Of(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray();
        var name = new string(chars);
        return name.Length > 32 ? name[..32] : name;
    }

    public static string Stage(Core.Scoring.Stage stage) => "p_" + Of(Core.Scoring.Names.Of(stage));
}
