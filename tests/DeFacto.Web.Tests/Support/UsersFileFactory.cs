using System.Text.Json;
using DeFacto.Web.Evidence;
using DeFacto.Web.Security;
using Microsoft.AspNetCore.Hosting;

namespace DeFacto.Web.Tests.Support;

/// <summary>The web app with one more user, "fay", kept in a users file the test may rewrite (to demote or remove her).</summary>
public sealed class UsersFileFactory : WebFactory
{
    private static readonly Lazy<string> Hash = new(() => PasswordHash.Create(TestUsers.Password, 10_000));
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"defacto-users-{Guid.NewGuid():N}.json");
    private int _writes;

    public UsersFileFactory()
        : base(() => new FixedEvidenceSource(TestData.Bundled, "test data"))
    {
        Write(Roles.Coder);
    }

    /// <summary>Rewrites the file with fay in the given role (null: removed), with a later write time each time.</summary>
    public void Write(string? role)
    {
        var users = role is null ? [] : new[] { new { name = "fay", role, passwordHash = Hash.Value } };
        File.WriteAllText(_file, JsonSerializer.Serialize(new { users }));
        File.SetLastWriteTimeUtc(_file, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(++_writes));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DeFacto:UsersFile", _file);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_file);
    }
}
