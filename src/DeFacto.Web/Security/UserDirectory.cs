using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace DeFacto.Web.Security;

/// <summary>
/// The users who may sign in, read at startup from, in order: a JSON file (<c>DeFacto:UsersFile</c> or
/// <c>DEFACTO_USERS_FILE</c>), JSON in <c>DEFACTO_USERS</c>, and the <c>DeFacto:Users</c> configuration
/// section. The JSON is <c>{"users":[{"name":"ana","role":"editor","passwordHash":"pbkdf2-sha256$..."}]}</c>;
/// make a hash with <c>defacto serve hash-password</c>. A user with an unknown role or a malformed hash is
/// refused at startup, so a typo never leaves an account open.
/// </summary>
public sealed class UserDirectory
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private readonly Dictionary<string, WebUser> _users;

    public UserDirectory(IEnumerable<WebUser> users)
    {
        _users = new Dictionary<string, WebUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            if (!Roles.All.Contains(user.Role))
            {
                throw new InvalidOperationException($"user '{user.Name}': role '{user.Role}' is not one of {string.Join(", ", Roles.All)}");
            }

            if (!Security.PasswordHash.IsWellFormed(user.PasswordHash))
            {
                throw new InvalidOperationException($"user '{user.Name}': passwordHash is not a {Security.PasswordHash.Scheme} hash; make one with `defacto serve hash-password`");
            }

            _users[user.Name] = user;
        }
    }

    public int Count => _users.Count;

    /// <summary>The user when the name and password match; null otherwise (the same answer for both mistakes).</summary>
    public WebUser? SignIn(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = _users.GetValueOrDefault(name.Trim());
        return user is not null && Security.PasswordHash.Verify(password, user.PasswordHash) ? user : null;
    }

    public static UserDirectory Load(IConfiguration configuration, string? usersFile)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var users = new List<WebUser>();
        var file = usersFile ?? configuration[$"{DeFactoWebOptions.Section}:UsersFile"] ?? Environment.GetEnvironmentVariable("DEFACTO_USERS_FILE");
        if (!string.IsNullOrWhiteSpace(file))
        {
            users.AddRange(Parse(File.ReadAllText(file), file));
        }

        if (Environment.GetEnvironmentVariable("DEFACTO_USERS") is { Length: > 0 } inline)
        {
            users.AddRange(Parse(inline, "DEFACTO_USERS"));
        }

        foreach (var section in configuration.GetSection($"{DeFactoWebOptions.Section}:Users").GetChildren())
        {
            users.Add(new WebUser(section["Name"] ?? "", section["Role"] ?? "", section["PasswordHash"] ?? ""));
        }

        return new UserDirectory(users);
    }

    private static IEnumerable<WebUser> Parse(string json, string where)
    {
        try
        {
            var document = JsonSerializer.Deserialize<UsersDocument>(json, Json);
            return document?.Users ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{where}: not a users document ({e.Message})", e);
        }
    }

    private sealed record UsersDocument(IReadOnlyList<WebUser>? Users);
}
