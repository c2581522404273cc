using System.Text.Json;
using DeFacto.Web.Security;

namespace DeFacto.Web.Tests.Support;

/// <summary>
/// A real users file, <c>users.json</c> in a temp folder of its own, holding one user, "fay"; a test
/// rewrites it to demote or remove her, as an administrator would. Deleted with its folder on dispose.
/// </summary>
public sealed class UsersFile : IDisposable
{
    public const string Name = "fay";

    private static readonly Lazy<string> Hash = new(() => PasswordHash.Create(TestUsers.Password, 10_000));
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"defacto-users-{Guid.NewGuid():N}");
    private readonly Lock _gate = new();
    private int _writes;

    public UsersFile(string? role = Roles.Coder)
    {
        Directory.CreateDirectory(_folder);
        Write(role);
    }

    public string Path => System.IO.Path.Combine(_folder, "users.json");

    /// <summary>
    /// Rewrites the file with fay in the given role (null: removed). Each write gets a later write time
    /// than the one before, as the app reads the file again only when its write time changes and two
    /// writes within the file system's clock resolution could otherwise look the same.
    /// </summary>
    public void Write(string? role)
    {
        lock (_gate)
        {
            var users = role is null ? [] : new[] { new { name = Name, role, passwordHash = Hash.Value } };
            File.WriteAllText(Path, JsonSerializer.Serialize(new { users }));
            File.SetLastWriteTimeUtc(Path, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(++_writes));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
