using System.Collections;
using System.Diagnostics;
using System.Net.Sockets;

namespace DeFacto.Cli.Daemon;

/// <summary>
/// Hands a read-only command line to this build's daemon (<see cref="DaemonServer"/>) and replays its answer, so
/// the command costs this process little more than the runtime's start-up. When no daemon answers, the caller runs
/// the command itself, and one is started in the background for the next call (off with $DEFACTO_DAEMON=0).
/// Commands that read standard input, print help, or change the ledger always run in process.
/// </summary>
internal static class DaemonClient
{
    private static readonly string[] SetsidPaths = ["/usr/bin/setsid", "/bin/setsid"];

    // sh runs the daemon in the background with no terminal streams and returns at once.
    private static readonly string[] Detach = ["-c", "exec \"$@\" </dev/null >/dev/null 2>&1 &", "sh"];

    /// <summary>Commands that only read: what they print depends on their arguments, environment, folder and files alone.</summary>
    private static readonly HashSet<string> Routed = new(StringComparer.Ordinal) { "assess", "timeline", "compare", "territories", "codebook", "coverage", "cite" };

    /// <summary>The exit status of the command as the daemon ran it, or null: run it in this process.</summary>
    public static int? TryRun(string[] args)
    {
        if (!Routable(args) || !Enabled(Environment.GetEnvironmentVariable))
        {
            return null;
        }

        try
        {
            var path = DaemonEndpoint.For(Environment.GetEnvironmentVariable);
            if (path is null)
            {
                return null;
            }

            var exit = TryRun(path, args, Environment.CurrentDirectory, CallerEnvironment(), Console.Out, Console.Error, out var answered);
            if (!answered)
            {
                Start(path); // for the next call; a daemon that answered but declined needs no second one
            }

            return exit;
        }
#pragma warning disable CA1031 // Whatever goes wrong on the way to a daemon, the command still runs: in this process.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>False when $DEFACTO_DAEMON turns the daemon off (0, off, false): every command then runs in its own process.</summary>
    public static bool Enabled(Func<string, string?> environment) =>
        environment("DEFACTO_DAEMON")?.Trim().ToLowerInvariant() is not ("0" or "off" or "false" or "no");

    public static bool Routable(IReadOnlyList<string> args) =>
        args.Count > 0 && Routed.Contains(args[0]) && !args.Any(a => a is "-" or "-h" or "-?" or "--help" or "/?" or "/h" or "--input=-");

    /// <summary>Runs <paramref name="args"/> on the daemon at <paramref name="path"/>; null when none answers or it declines before any output.</summary>
    internal static int? TryRun(string path, IReadOnlyList<string> args, string folder, IReadOnlyList<KeyValuePair<string, string>> environment, TextWriter output, TextWriter error) =>
        TryRun(path, args, folder, environment, output, error, out _);

    private static int? TryRun(string path, IReadOnlyList<string> args, string folder, IReadOnlyList<KeyValuePair<string, string>> environment, TextWriter output, TextWriter error, out bool answered)
    {
        using var socket = Connect(path);
        answered = socket is not null;
        if (socket is null)
        {
            return null;
        }

        using var stream = new NetworkStream(socket, ownsSocket: false);
        var wrote = false;
        try
        {
            using (var writer = new BinaryWriter(stream, DaemonWire.Utf8, leaveOpen: true))
            {
                DaemonWire.WriteRequest(writer, args, folder, environment);
            }

            using var reader = new BinaryReader(stream, DaemonWire.Utf8, leaveOpen: true);
            while (true)
            {
                switch (stream.ReadByte())
                {
                    case DaemonWire.Out:
                        output.Write(reader.ReadString());
                        wrote = true;
                        break;
                    case DaemonWire.Error:
                        error.Write(reader.ReadString());
                        wrote = true;
                        break;
                    case DaemonWire.Exit:
                        var exit = reader.ReadInt32();
                        output.Flush();
                        error.Flush();
                        return exit;
                    case DaemonWire.Declined when !wrote:
                        return null;
                    default:
                        throw new EndOfStreamException();
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException)
        {
            if (!wrote)
            {
                return null;
            }

            error.WriteLine("defacto: the daemon stopped before the command finished: run the command again (DEFACTO_DAEMON=0 runs it without the daemon)");
            return Errors.ExitCodes.Unavailable;
        }
    }

    /// <summary>Whether a daemon answers at <paramref name="path"/>.</summary>
    public static bool Answers(string path)
    {
        using var socket = Connect(path);
        return socket is not null;
    }

    // A connection to the daemon at path; null when there is no socket file, or nobody listens on it (a daemon that died).
    private static Socket? Connect(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>Asks the daemon at <paramref name="path"/> to stop; false when none answered.</summary>
    public static bool Stop(string path) => TryRun(path, [DaemonWire.StopVerb], "/", [], TextWriter.Null, TextWriter.Null) is not null;

    /// <summary>Present while a daemon is being started, so that calls meanwhile do not start more.</summary>
    public static string StartingMarker(string path) => path + ".starting";

    private static List<KeyValuePair<string, string>> CallerEnvironment()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                pairs.Add(new(key, value));
            }
        }

        return pairs;
    }

    /// <summary>Starts `defacto daemon run` in its own session, detached from this terminal, unless one is starting.</summary>
    private static void Start(string path)
    {
        var marker = StartingMarker(path);
        if (File.Exists(marker) && DateTime.UtcNow - File.GetLastWriteTimeUtc(marker) < TimeSpan.FromSeconds(30))
        {
            return;
        }

        var setsid = SetsidPaths.FirstOrDefault(File.Exists);
        var program = System.Environment.ProcessPath;
        if (setsid is null || program is null || !File.Exists("/bin/sh"))
        {
            return;
        }

        DaemonServer.PrepareFolder(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(marker, []);
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var a in Detach.Append(setsid).Append(program))
        {
            start.ArgumentList.Add(a);
        }

        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "defacto.dll"));
        }

        start.ArgumentList.Add("daemon");
        start.ArgumentList.Add("run");
        using var shell = Process.Start(start);
        shell?.WaitForExit();
    }
}
