using System.CommandLine;
using System.Data.Common;
using DeFacto.Cli.Input;
using DeFacto.Storage;
using DeFacto.Web;
using DeFacto.Web.Evidence;
using DeFacto.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeFacto.Cli.Commands;

/// <summary><c>defacto serve</c>: the dashboard and the JSON API over the same ledger (or dataset folder) the other commands read.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {DefaultUrl}, loopback only)",
        };
        var users = new Option<string?>("--users")
        {
            Description = "JSON file of the users who may sign in to review candidates (default: $DEFACTO_USERS_FILE); see docs/web.md",
        };
        var evidence = new EvidenceOptions();
        var command = new Command("serve", "Serve the dashboard (overview, territory, compare, codebook, sources, review) and the JSON API under /api")
        {
            urls, users, HashPassword(context),
        };
        evidence.AddTo(command);
        command.SetAction(r => Guard.Run(context, () =>
        {
            var addresses = ListenAddress.Parse(r.GetValue(urls) ?? DefaultUrl);
            var options = new DeFactoWebOptions { Urls = addresses, UsersFile = r.GetValue(users) };
            if (r.GetValue(evidence.Data) is { } data)
            {
                DatasetSource.Load(data);
                options.DataDirectory = data;
            }
            else
            {
                // Create the ledger or merge a newer bundled dataset first, exactly as `assess` would.
                var location = EvidenceOptions.Location(r.GetValue(evidence.Ledger), context);
                EvidenceOptions.WithLedger(location, context, _ => 0);
                options.Ledger = location;
            }

            using var app = DeFactoWeb.Build([], options);
            Start(app.Services);
            context.Error.WriteLine($"defacto: serving on {string.Join(", ", addresses)}; press Ctrl+C to stop");
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new UserErrorException($"cannot listen on {string.Join(", ", addresses)}: {e.Message}; choose another --urls (is another server using that port?)", 3);
            }
            catch (InvalidOperationException e)
            {
                throw new UserErrorException($"cannot serve on {string.Join(", ", addresses)}: {e.Message}");
            }

            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }

    /// <summary>Opens the evidence and reads the users now, so a bad ledger or users file is a message, not a failed first request.</summary>
    private static void Start(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IEvidenceSource>();
            services.GetRequiredService<UserDirectory>();
        }
        catch (LedgerException e)
        {
            throw new UserErrorException(e.Message);
        }
        catch (DbException e)
        {
            throw new UserErrorException($"cannot use the ledger: {e.Message}", 3);
        }
        catch (InvalidOperationException e)
        {
            throw new UserErrorException(e.Message);
        }
    }

    private static Command HashPassword(CliContext context)
    {
        var command = new Command("hash-password", "Read a password from standard input and print its hash, for the users file");
        command.SetAction(_ => Guard.Run(context, () =>
        {
            var password = Console.In.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                throw new UserErrorException("give the password on standard input, e.g. `read -rs p; printf '%s\\n' \"$p\" | defacto serve hash-password`");
            }

            context.Out.WriteLine(PasswordHash.Create(password));
            return 0;
        }));
        return command;
    }
}
