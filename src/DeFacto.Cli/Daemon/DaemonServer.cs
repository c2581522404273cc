using System.Net.Sockets;

namespace DeFacto.Cli.Daemon;

/// <summary>
/// <c>defacto daemon run</c>: keeps one warm process that runs read-only commands for <see cref="DaemonClient"/>,
/// so a script calling <c>defacto assess</c> in a loop pays the runtime's start-up once instead of on every call.
/// Each request is the caller's command line, run by <see cref="CliApp.Run"/> in the caller's folder with the
/// caller's environment; it opens the ledger afresh, so it sees every write made since. One request at a time.
/// The daemon leaves when idle for <paramref name="idle"/>, when asked to stop, or when its socket is taken away.
/// </summary>
internal static class DaemonServer
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Serves until idle or stopped; false when another daemon already serves this socket.</summary>
    public static bool Run(string path, TimeSpan idle, CancellationToken stop = default)
    {
        PrepareFolder(Path.GetDirectoryName(path)!);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        if (!Bind(listener, path))
        {
            return false;
        }

        try
        {
            listener.Listen(16);
            File.Delete(DaemonClient.StartingMarker(path));
            Serve(listener, path, idle, stop);
            return true;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The socket folder: created private, and refused when someone else could reach into it.</summary>
    internal static void PrepareFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new UserErrorException("the daemon needs a Unix system; on Windows every command runs in its own process", 2);
        }

        Directory.CreateDirectory(folder, Private);
        var mode = File.GetUnixFileMode(folder);
        if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0)
        {
            throw new UserErrorException($"the daemon's folder {folder} can be entered by other users (mode {Convert.ToString((int)mode, 8)}): run `chmod 700 {folder}`, or set DEFACTO_DAEMON=0", 3);
        }
    }

    private static bool Bind(Socket listener, string path)
    {
        var endpoint = new UnixDomainSocketEndPoint(path);
        try
        {
            listener.Bind(endpoint);
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            // A socket file answering is a daemon already serving; one that does not is left by a daemon that died.
            if (DaemonClient.Answers(path))
            {
                return false;
            }

            File.Delete(path);
            listener.Bind(endpoint);
            return true;
        }
    }

    private static void Serve(Socket listener, string path, TimeSpan idle, CancellationToken stop)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var gate = new FolderGate();
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token))
            {
                wait.CancelAfter(idle);
                try
                {
                    client = listener.AcceptAsync(wait.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    if (gate.Active > 0 && !stopping.IsCancellationRequested)
                    {
                        continue; // a long command is still running: not idle
                    }

                    break;
                }
            }

            _ = Task.Run(() =>
            {
                using (client)
                {
                    if (!Handle(client, gate))
                    {
                        stopping.Cancel();
                    }
                }
            }, CancellationToken.None);

            if (!File.Exists(path))
            {
                break; // removed by hand: nobody can reach this daemon any more
            }
        }

        gate.WaitIdle();
    }

    /// <summary>Runs one request; false when it asked the daemon to stop.</summary>
    private static bool Handle(Socket client, FolderGate gate)
    {
        using var stream = new NetworkStream(client, ownsSocket: false);
        using var sink = new FrameSink(stream);
        try
        {
            using var reader = new BinaryReader(stream, DaemonWire.Utf8, leaveOpen: true);
            var request = DaemonWire.ReadRequest(reader);
            if (request.Args is [DaemonWire.StopVerb])
            {
                sink.End(0);
                return false;
            }

            if (!Directory.Exists(request.Folder))
            {
                Decline(stream);
                return true;
            }

            var context = new CliContext(sink.Out, sink.Error, TimeProvider.System, name => request.Environment.GetValueOrDefault(name))
            {
                In = TextReader.Null,
                OpenStandardInput = () => Stream.Null,
            };
            gate.Enter(request.Folder);
            int exit;
            try
            {
                exit = CliApp.Run(request.Args, context);
            }
            finally
            {
                gate.Leave();
            }

            sink.End(exit);
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or EndOfStreamException or ObjectDisposedException)
        {
            // The caller went away or sent something else: nothing to answer.
        }

        return true;
    }

    private static void Decline(Stream stream)
    {
        stream.WriteByte(DaemonWire.Declined);
        stream.Flush();
    }

    /// <summary>
    /// The working folder belongs to the whole process: requests from the same folder run side by side, and one from
    /// another folder waits until they are done, then the daemon moves there.
    /// </summary>
    private sealed class FolderGate
    {
        private readonly object _lock = new();
        private string? _folder;
        private int _active;

        public int Active
        {
            get
            {
                lock (_lock)
                {
                    return _active;
                }
            }
        }

        public void Enter(string folder)
        {
            lock (_lock)
            {
                while (_active > 0 && !string.Equals(_folder, folder, StringComparison.Ordinal))
                {
                    Monitor.Wait(_lock);
                }

                if (_active == 0)
                {
                    Environment.CurrentDirectory = folder;
                    _folder = folder;
                }

                _active++;
            }
        }

        public void Leave()
        {
            lock (_lock)
            {
                _active--;
                Monitor.PulseAll(_lock);
            }
        }

        public void WaitIdle()
        {
            lock (_lock)
            {
                while (_active > 0)
                {
                    Monitor.Wait(_lock);
                }
            }
        }
    }
}
