using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace DeFacto.Web.Tests.Browser;

/// <summary>
/// axe-core from the npm registry, installed once into a temp folder (or taken from DEFACTO_AXE_JS, as
/// .ci/browser.sh leaves it), evaluated in the page and run; returns the violations as readable lines.
/// </summary>
internal static class Axe
{
    public const string Version = "4.10.3";

    private static readonly Lazy<string> Script = new(Load);

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return json.EnumerateArray().Select(v => v.GetString() ?? "").ToList();
    }

    private static string Load()
    {
        if (Environment.GetEnvironmentVariable("DEFACTO_AXE_JS") is { Length: > 0 } given && File.Exists(given))
        {
            return File.ReadAllText(given);
        }

        var folder = Path.Combine(Path.GetTempPath(), "defacto-axe-" + Version);
        var file = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--prefix", folder, "--no-save", "--no-audit", "--no-fund", "axe-core@" + Version])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("npm could not start");
            var errors = npm.StandardError.ReadToEnd();
            npm.WaitForExit();
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"npm could not install axe-core {Version}: {errors}");
            }
        }

        return File.ReadAllText(file);
    }
}
