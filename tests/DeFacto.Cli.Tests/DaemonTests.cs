using System.Net.Sockets;
using DeFacto.Cli.Daemon;
using Microsoft.Data.Sqlite;

namespace DeFacto.Cli.Tests;

/// <summary>
/// The daemon as users get it — the built program (`defacto daemon run`) as a child process on a real Unix socket
/// in a temp folder — against the same command lines run in process: the answer must be the same text and exit
/// status. (It runs apart because a daemon moves its working folder, which the test process must keep.)
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DaemonTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dfd-").FullName;

    public DaemonTests()
    {
        File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private Dictionary<string, string> DaemonEnvironment => new() { ["XDG_RUNTIME_DIR"] = _root, ["HOME"] = _root };

    // The daemon child inherits the rest of this process's environment (its locale and time zone name the socket too).
    private string Socket => DaemonEndpoint.For(name => DaemonEnvironment.GetValueOrDefault(name) ?? Environment.GetEnvironmentVariable(name))!;

    private string Ledger => Path.Combine(_root, "ledger.db");

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments", "--format", "json")]
    [InlineData("assess", "crimea", "--as-of", "2016-01-01")]
    [InlineData("assess", "abkhazia", "transnistria", "--as-of", "2014..2016")]
    [InlineData("assess", "nowhere", "--as-of", "2015-06-30")]
    [InlineData("assess", "south-ossetia", "--as-of", "2015-02-30")]
    [InlineData("timeline", "crimea", "--from", "2013", "--to", "2016")]
    [InlineData("territories", "--format", "json")]
    [InlineData("codebook")]
    public void Answer_IsTheSameAsInProcess(params string[] args)
    {
        var env = new Dictionary<string, string> { ["DEFACTO_LEDGER"] = Ledger };
        Assert.Equal(0, InProcess(["territories"], env).Exit); // creates the ledger, which both runs then read
        var local = InProcess(args, env);
        using var daemon = Serve();
        var remote = Remote(args, env, _root);
        Assert.Equal(local, remote);
    }

    [Fact]
    public async Task Requests_EachUseTheirOwnEnvironmentAndFolder_AndSeeLedgerWritesMadeBetweenThem()
    {
        using var daemon = Serve();
        var a = Directory.CreateDirectory(Path.Combine(_root, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(_root, "b")).FullName;
        var relative = new Dictionary<string, string> { ["DEFACTO_LEDGER"] = "mine.db" };

        // Side by side from two folders: the relative ledger of each lands in its own folder.
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => Remote(["territories", "--format", "json"], relative, i % 2 == 0 ? a : b), TestContext.Current.CancellationToken)));
        Assert.All(runs, r => Assert.Equal(0, r.Exit));
        Assert.True(File.Exists(Path.Combine(a, "mine.db")));
        Assert.True(File.Exists(Path.Combine(b, "mine.db")));

        var before = Remote(["territories", "--format", "json"], relative, a);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(a, "mine.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE observations SET territory = 'abkhazia' WHERE id = (SELECT MIN(id) FROM observations WHERE territory = 'south-ossetia')";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var after = Remote(["territories", "--format", "json"], relative, a);
        Assert.Equal(Count(before.Out, "south-ossetia") - 1, Count(after.Out, "south-ossetia"));
        Assert.Equal(Count(before.Out, "abkhazia") + 1, Count(after.Out, "abkhazia"));
        Assert.Equal(before.Out, Remote(["territories", "--format", "json"], relative, b).Out);
    }

    [Fact]
    public void NoDaemon_StaleSocket_OrMissingFolder_MeanRunItYourself()
    {
        Assert.Null(DaemonClient.TryRun(Socket, ["codebook"], _root, [], TextWriter.Null, TextWriter.Null));

        // A socket file nobody listens on (as a daemon that died leaves it): no answer, and a new daemon takes it over.
        DaemonServer.PrepareFolder(Path.GetDirectoryName(Socket)!);
        using var dead = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        dead.Bind(new UnixDomainSocketEndPoint(Socket));

        Assert.True(File.Exists(Socket));
        Assert.Null(DaemonClient.TryRun(Socket, ["codebook"], _root, [], TextWriter.Null, TextWriter.Null));
        using var daemon = Serve();
        Assert.False(daemon.Process.HasExited);
        Assert.Null(DaemonClient.TryRun(Socket, ["codebook"], Path.Combine(_root, "gone"), [], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, Remote(["codebook"], [], _root).Exit);
    }

    [Fact]
    public void FirstCall_RunsItselfAndStartsADaemon_WhichAnswersTheNextCalls()
    {
        (int Exit, string Out, string Error) Call(params string[] args)
        {
            var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "defacto"))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            foreach (var (key, value) in DaemonEnvironment)
            {
                start.Environment[key] = value;
            }

            start.Environment["DEFACTO_LEDGER"] = Ledger;
            using var process = System.Diagnostics.Process.Start(start)!;

            // Reading to the end returns only once every holder of the pipes is gone: a daemon that kept them would hang here.
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.True(output.Wait(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken), "the command's output never ended");
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }

        try
        {
            var first = Call("assess", "south-ossetia", "--as-of", "2015-06-30", "--format", "json");
            Assert.Equal(0, first.Exit);
            Assert.Contains("created the ledger", first.Error, StringComparison.Ordinal);
            var wait = System.Diagnostics.Stopwatch.StartNew();
            while (!(File.Exists(Socket) && DaemonClient.Answers(Socket)) && wait.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(50);
            }

            Assert.StartsWith("running at " + Socket, Call("daemon", "status").Out, StringComparison.Ordinal);
            var second = Call("assess", "south-ossetia", "--as-of", "2015-06-30", "--format", "json");
            Assert.Equal((0, first.Out, ""), second);
            Assert.Equal(Call("assess", "nowhere").Error, InProcess(["assess", "nowhere"], new() { ["DEFACTO_LEDGER"] = Ledger }).Error);
        }
        finally
        {
            Assert.Equal("stopped\n", Call("daemon", "stop").Out);
        }
    }

    [Fact]
    public void SecondDaemon_Declines_StopEndsTheFirst_AndRemovesItsSocket()
    {
        using var daemon = Serve();
        Assert.False(DaemonServer.Run(Socket, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
        Assert.True(DaemonClient.Answers(Socket));
        Assert.True(DaemonClient.Stop(Socket));
        Assert.True(daemon.Process.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, daemon.Process.ExitCode);
        Assert.False(File.Exists(Socket));
        Assert.False(DaemonClient.Stop(Socket));
    }

    [Fact]
    public void Idle_TheDaemonLeaves()
    {
        Assert.True(DaemonServer.Run(Socket, TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Socket));
    }

    [Fact]
    public void Folder_OthersCanEnter_IsRefused()
    {
        var open = Directory.CreateDirectory(Path.Combine(_root, "open")).FullName;
        File.SetUnixFileMode(open, (UnixFileMode)0b111_101_101);
        var e = Assert.Throws<UserErrorException>(() => DaemonServer.PrepareFolder(open));
        Assert.Contains("chmod 700", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "assess", "south-ossetia")]
    [InlineData(true, "territories")]
    [InlineData(false, "assess", "--input", "-")]
    [InlineData(false, "assess", "--help")]
    [InlineData(false, "ingest", "report.pdf")]
    [InlineData(false, "review")]
    [InlineData(false, "ledger", "import", "folder")]
    [InlineData(false, "--version")]
    public void Routable_OnlyReadOnlyCommandsWithoutStandardInputOrHelp(bool routed, params string[] args) =>
        Assert.Equal(routed, DaemonClient.Routable(args));

    [Fact]
    public void Endpoint_OffWhenAsked_UnderTheRuntimeFolder_NamedAfterTheInstall()
    {
        Assert.False(DaemonClient.Enabled(name => name == "DEFACTO_DAEMON" ? "0" : null));
        Assert.False(DaemonClient.Enabled(name => name == "DEFACTO_DAEMON" ? "Off" : null));
        Assert.True(DaemonClient.Enabled(_ => null));
        Assert.StartsWith("/run/user/1000/defacto/d-", DaemonEndpoint.For(name => name == "XDG_RUNTIME_DIR" ? "/run/user/1000" : null), StringComparison.Ordinal);
        Assert.StartsWith("/home/someone/.cache/defacto/d-", DaemonEndpoint.For(name => name == "HOME" ? "/home/someone" : null), StringComparison.Ordinal);
        Assert.Null(DaemonEndpoint.For(name => name == "HOME" ? "/" + new string('h', 120) : null));
        Assert.NotEqual(DaemonEndpoint.For(name => name == "HOME" ? "/h" : null), DaemonEndpoint.For(name => name switch { "HOME" => "/h", "LANG" => "de_DE.UTF-8", _ => null }));

        var program = Directory.CreateDirectory(Path.Combine(_root, "program")).FullName;
        File.WriteAllText(Path.Combine(program, "DeFacto.Core.dll"), "one");
        File.WriteAllText(Path.Combine(program, "Other.dll"), "x");
        var first = DaemonEndpoint.Identity(program);
        File.WriteAllText(Path.Combine(program, "Other.dll"), "changed, but not ours");
        Assert.Equal(first, DaemonEndpoint.Identity(program));
        File.WriteAllText(Path.Combine(program, "DeFacto.Core.dll"), "a rebuilt assembly");
        Assert.NotEqual(first, DaemonEndpoint.Identity(program));
    }

    private static int Count(string json, string territory)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Single(t => t.GetProperty("id").GetString() == territory).GetProperty("observations").GetInt32();
    }

    private static (int Exit, string Out, string Error) InProcess(string[] args, Dictionary<string, string> env)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(output, error, TimeProvider.System, name => env.GetValueOrDefault(name)));
        return (exit, output.ToString(), error.ToString());
    }

    private (int Exit, string Out, string Error) Remote(string[] args, Dictionary<string, string> env, string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DaemonClient.TryRun(Socket, args, folder, [.. env], output, error);
        Assert.NotNull(exit);
        return (exit.Value, output.ToString(), error.ToString());
    }

    private Running Serve()
    {
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "defacto"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "daemon", "run", "--idle-minutes", "2" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in DaemonEnvironment)
        {
            start.Environment[key] = value;
        }

        var running = new Running(System.Diagnostics.Process.Start(start)!, Socket);
        var wait = System.Diagnostics.Stopwatch.StartNew();
        while (!(File.Exists(Socket) && DaemonClient.Answers(Socket)) && !running.Process.HasExited && wait.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(20);
        }

        Assert.True(DaemonClient.Answers(Socket), $"the daemon did not start: {(running.Process.HasExited ? running.Process.StandardError.ReadToEnd() : "")}");
        return running;
    }

    private sealed record Running(System.Diagnostics.Process Process, string Socket) : IDisposable
    {
        public void Dispose()
        {
            DaemonClient.Stop(Socket);
            if (!Process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                Process.Kill();
            }

            Process.Dispose();
        }
    }
}
