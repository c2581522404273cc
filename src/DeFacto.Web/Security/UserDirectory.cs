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
    // An unknown name is verified against a hash of random text with as many iterations as the real users'
    // hashes, so it costs what a wrong password costs and timing does not tell which names exist.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Dummies = new();
    private readonly PasswordVerifier _verifier;
    private Dictionary<string, WebUser> _users;
    private Func<IEnumerable<WebUser>>? _reload;
    private string? _file;
    private DateTime _seen;

    public UserDirectory(IEnumerable<WebUser> users, PasswordVerifier? verifier = null)
    {
        _users = Index(users);
        _verifier = verifier ?? new PasswordVerifier();
    }

    private static Dictionary<string, WebUser> Index(IEnumerable<WebUser> users)
    {
        var index = new Dictionary<string, WebUser>(StringComparer.OrdinalIgnoreCase);
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

            index[user.Name] = user;
        }

        return index;
    }

    public int Count => Users.Count;

    /// <summary>
    /// The users as the file says now: a changed file (by its write time) is read again, so a removal or
    /// a role change takes effect on the next request; a file that no longer parses keeps the last good list.
    /// </summary>
    private Dictionary<string, WebUser> Users
    {
        get
        {
            if (_file is { } file && _reload is { } reload)
            {
                var written = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
                if (written != _seen)
                {
                    try
                    {
                        _users = Index(reload());
                    }
                    catch (Exception e) when (e is InvalidOperationException or IOException)
                    {
                        // Half-written while being edited: try again on the next request.
                        return _users;
                    }

                    _seen = written;
                }
            }

            return _users;
        }
    }

    /// <summary>The user of this name as the users file says now, or null.</summary>
    public WebUser? Find(string? name) => string.IsNullOrWhiteSpace(name) ? null : Users.GetValueOrDefault(name.Trim());

    /// <summary>The user when the name and password match; null otherwise (the same answer for both mistakes).</summary>
    public WebUser? SignIn(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = Find(name);
        var matches = _verifier.Verify(password, user?.PasswordHash ?? Dummy());
        return user is not null && matches ? user : null;
    }

    /// <summary>A hash of random text with the iterations of the costliest user's hash (the default when there are none).</summary>
    private string Dummy()
    {
        var iterations = Users.Values.Select(u => Security.PasswordHash.Iterations(u.PasswordHash)).DefaultIfEmpty(Security.PasswordHash.DefaultIterations).Max();
        return Dummies.GetOrAdd(iterations, n => Security.PasswordHash.Create(Guid.NewGuid().ToString("N"), n));
    }

    public static UserDirectory Load(IConfiguration configuration, string? usersFile, PasswordVerifier? verifier = null)
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

        var directory = new UserDirectory(users, verifier);
        if (!string.IsNullOrWhiteSpace(file))
        {
            directory._file = file;
            directory._seen = File.GetLastWriteTimeUtc(file);
            directory._reload = () => Load(configuration, file)._users.Values;
        }

        return directory;
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
