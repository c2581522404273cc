namespace DeFacto.Cli.Daemon;

/// <summary>
/// Where this build's daemon listens: a Unix socket in a folder only the user can open
/// (<c>$XDG_RUNTIME_DIR/defacto</c>, else <c>~/.cache/defacto</c>), named after this install — its folder and the
/// size and time of each DeFacto assembly — so a rebuilt or reinstalled program never talks to an older daemon —
/// and after the locale and time zone, which a process takes once at its start: a caller under another LANG or TZ
/// gets a daemon of its own.
/// </summary>
internal static class DaemonEndpoint
{
    private static readonly string[] ProcessWide = ["LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MESSAGES", "TZ", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"];

    /// <summary>Longest socket path every Unix accepts (macOS: 104 bytes with the terminator).</summary>
    private const int MaxPath = 103;

    /// <summary>The socket path, or null where there can be no daemon: Windows, or no folder to put it in.</summary>
    public static string? For(Func<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var folder = Folder(environment);
        if (folder is null)
        {
            return null;
        }

        var hash = Identity(AppContext.BaseDirectory);
        foreach (var name in ProcessWide)
        {
            hash = Fnv(hash, $"{name}={environment(name)}\n");
        }

        var path = Path.Combine(folder, $"d-{hash:x16}.sock");
        return path.Length <= MaxPath ? path : null;
    }

    /// <summary>The folder for the sockets, without creating it.</summary>
    public static string? Folder(Func<string, string?> environment)
    {
        if (environment("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Path.IsPathRooted(runtime))
        {
            return Path.Combine(runtime, "defacto");
        }

        return environment("HOME") is { Length: > 0 } home && Path.IsPathRooted(home) ? Path.Combine(home, ".cache", "defacto") : null;
    }

    /// <summary>FNV-1a over the program's folder and the name, size and time of each of its own assemblies.</summary>
    internal static ulong Identity(string programFolder)
    {
        var hash = Fnv(14695981039346656037UL, programFolder);
        foreach (var file in Directory.EnumerateFiles(programFolder, "*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("DeFacto.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("defacto.", StringComparison.OrdinalIgnoreCase))
            {
                var info = new FileInfo(file);
                hash = Fnv(hash, $"{name}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n");
            }
        }

        return hash;
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
