using System.CommandLine;
using DeFacto.Cli.Daemon;

namespace DeFacto.Cli.Commands;

/// <summary>
/// <c>defacto daemon run|status|stop</c>: the warm process that answers read-only commands (assess, timeline, compare,
/// territories, codebook, coverage, cite) for scripts that call defacto many times. Started on demand by those commands.
/// </summary>
internal static class DaemonCommand
{
    public static Command Create(CliContext context)
    {
        var idle = new Option<int>("--idle-minutes")
        {
            Description = "Leave after this many minutes without a request",
            DefaultValueFactory = _ => 10,
        };
        idle.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1440)
            {
                r.AddError("--idle-minutes must be between 1 and 1440");
            }
        });
        var run = new Command("run", "Serve in the foreground until idle or stopped (what read-only commands start in the background)") { idle };
        run.SetAction(r => Guard.Run(context, () =>
        {
            var path = Endpoint(context);
            if (!DaemonServer.Run(path, TimeSpan.FromMinutes(r.GetValue(idle))))
            {
                context.Error.WriteLine($"defacto: a daemon already serves {path}");
            }

            return 0;
        }));

        var status = new Command("status", "Say whether this build's daemon is running, and where it listens");
        status.SetAction(r => Guard.Run(context, () =>
        {
            var path = Endpoint(context);
            context.Out.WriteLine(File.Exists(path) && DaemonClient.Answers(path) ? $"running at {path}" : $"not running (it would listen at {path})");
            return 0;
        }));

        var stop = new Command("stop", "Stop this build's daemon");
        stop.SetAction(r => Guard.Run(context, () =>
        {
            var path = Endpoint(context);
            context.Out.WriteLine(DaemonClient.Stop(path) ? "stopped" : "not running");
            return 0;
        }));

        return new Command("daemon", "The background process that answers read-only commands quickly: run, status, stop (off with DEFACTO_DAEMON=0)")
        {
            run, status, stop,
        };
    }

    private static string Endpoint(CliContext context) =>
        DaemonEndpoint.For(context.Environment)
        ?? throw new UserErrorException("no daemon here: it needs a Unix system with $XDG_RUNTIME_DIR or $HOME set", 2);
}
