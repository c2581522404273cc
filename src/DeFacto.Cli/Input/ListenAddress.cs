namespace DeFacto.Cli.Input;

/// <summary>Reads <c>serve --urls</c>: addresses separated by ';', each http(s)://host:port, checked before the server starts.</summary>
internal static class ListenAddress
{
    public static string[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var addresses = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new UserErrorException("--urls is empty: give an address such as http://127.0.0.1:5080");
        }

        foreach (var address in addresses)
        {
            if (Problem(address) is { } problem)
            {
                throw new UserErrorException($"--urls: '{address}' {problem}; give an address such as http://127.0.0.1:5080 (several separated by ';')");
            }
        }

        return addresses;
    }

    private static string? Problem(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return "is not an address: it needs http:// or https://, a host and a port";
        }

        var name = address[..scheme].ToLowerInvariant();
        if (name is not "http" and not "https")
        {
            return $"uses '{name}': only http and https are served";
        }

        // Kestrel's wildcards (*, +) are not host names for Uri; check the rest with a stand-in host.
        var rest = address[(scheme + 3)..];
        if (rest.StartsWith('*') || rest.StartsWith('+'))
        {
            rest = "localhost" + rest[1..];
        }

        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : 0;
        var colon = rest.IndexOf(':', Math.Max(hostEnd, 0));
        if (colon >= 0)
        {
            var portText = new string(rest[(colon + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
            if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 0 or > 65535)
            {
                return "has no valid port: ports run from 1 to 65535";
            }
        }

        return Uri.TryCreate($"{name}://{rest}", UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? null
            : "is not a valid address";
    }
}
