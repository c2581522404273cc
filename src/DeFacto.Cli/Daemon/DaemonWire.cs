using System.Text;

namespace DeFacto.Cli.Daemon;

/// <summary>
/// The daemon's protocol over its socket. A request: a magic word, the arguments, the caller's working folder and
/// environment. The answer: frames in the order the command wrote them — standard output text, standard error text —
/// ending with the exit status; or a single "run it yourself" frame when the daemon cannot take the request.
/// </summary>
internal static class DaemonWire
{
    public const string Magic = "defacto-daemon/1";

    /// <summary>Asks a daemon to stop after answering.</summary>
    public const string StopVerb = "\0stop";

    public const byte Out = 1;
    public const byte Error = 2;
    public const byte Exit = 3;
    public const byte Declined = 4;

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static void WriteRequest(BinaryWriter w, IReadOnlyList<string> args, string folder, IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        w.Write(Magic);
        w.Write(args.Count);
        foreach (var a in args)
        {
            w.Write(a);
        }

        w.Write(folder);
        w.Write(environment.Count);
        foreach (var (key, value) in environment)
        {
            w.Write(key);
            w.Write(value);
        }

        w.Flush();
    }

    public static DaemonRequest ReadRequest(BinaryReader r)
    {
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("not a defacto daemon request");
        }

        var args = new string[Count(r)];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = r.ReadString();
        }

        var folder = r.ReadString();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = Count(r);
        for (var i = 0; i < count; i++)
        {
            environment[r.ReadString()] = r.ReadString();
        }

        return new DaemonRequest(args, folder, environment);
    }

    private static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n is >= 0 and <= 100_000 ? n : throw new InvalidDataException($"bad count {n} in a daemon request");
    }
}

/// <summary>One command line to run for a caller, in its folder and with its environment.</summary>
internal sealed record DaemonRequest(string[] Args, string Folder, IReadOnlyDictionary<string, string> Environment);
