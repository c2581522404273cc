using DeFacto.Web.Security;

namespace DeFacto.Web.Tests.Support;

/// <summary>Users for sign-in tests; hashes made once with the fewest iterations allowed, to keep tests quick.</summary>
internal static class TestUsers
{
    public const string Password = "correct horse battery staple";

    private static readonly Lazy<string> Hash = new(() => PasswordHash.Create(Password, 10_000));

    public static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        var users = new[] { ("ana", Roles.Editor), ("cody", Roles.Coder), ("vic", Roles.Viewer) };
        for (var i = 0; i < users.Length; i++)
        {
            yield return new($"DeFacto:Users:{i}:Name", users[i].Item1);
            yield return new($"DeFacto:Users:{i}:Role", users[i].Item2);
            yield return new($"DeFacto:Users:{i}:PasswordHash", Hash.Value);
        }
    }
}
