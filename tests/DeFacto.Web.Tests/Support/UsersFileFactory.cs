using DeFacto.Web.Evidence;
using Microsoft.AspNetCore.Hosting;

namespace DeFacto.Web.Tests.Support;

/// <summary>The web app with one more user, "fay", kept in a users file the test may rewrite (to demote or remove her).</summary>
public sealed class UsersFileFactory : WebFactory
{
    private readonly UsersFile _users = new();

    public UsersFileFactory()
        : base(() => new FixedEvidenceSource(TestData.Bundled, "test data"))
    {
    }

    /// <summary>Rewrites the file with fay in the given role (null: removed).</summary>
    public void Write(string? role) => _users.Write(role);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DeFacto:UsersFile", _users.Path);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _users.Dispose();
    }
}
