using System.Text;
using System.Text.RegularExpressions;

namespace DeFacto.Cli.Errors;

/// <summary>
/// What reaches the terminal: control characters (ESC and the like, which could rewrite the screen) are
/// shown as visible symbols instead of being obeyed, and on stderr a password inside an echoed
/// connection string or URL is replaced by ***. Newlines and tabs pass unchanged.
/// </summary>
internal sealed partial class TerminalWriter(TextWriter inner, bool redact) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => inner.Write(Visible(value));

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Clean(value, redact));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Clean(value, redact));

    public override void Flush() => inner.Flush();

    /// <summary>The text as it may be shown: control characters made visible, secrets hidden when asked.</summary>
    public static string Clean(string text, bool redact)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = text;
        if (safe.Any(IsUnsafe))
        {
            var builder = new StringBuilder(safe.Length);
            foreach (var c in safe)
            {
                builder.Append(Visible(c));
            }

            safe = builder.ToString();
        }

        return redact ? Redact(safe) : safe;
    }

    /// <summary>Hides the password in <c>scheme://user:password@host</c> and in <c>Password=...</c> / <c>Pwd=...</c>.</summary>
    public static string Redact(string text) =>
        UrlPassword().Replace(KeywordPassword().Replace(text, "${key}=***"), "${head}***@");

    private static bool IsUnsafe(char c) => c is not '\n' and not '\t' && (char.IsControl(c) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069');

    // C0 controls become their Control Pictures symbol (ESC → ␛); other unsafe characters become U+FFFD.
    private static char Visible(char c) => !IsUnsafe(c) ? c : c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD';

    [GeneratedRegex(@"(?<key>\b(?:password|pwd))\s*=\s*(?:""[^""]*""|'[^']*'|[^;\s'""]*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();

    [GeneratedRegex(@"(?<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
