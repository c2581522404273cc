using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace DeFacto.Web.Security;

/// <summary>
/// A session's stamp: a hash of the user's name, role and password hash as the users file has them, and
/// how many times the user has signed out. A cookie whose stamp differs from today's is refused, so
/// sign-out, a role change, a new password or removal from the file ends every session at once.
/// </summary>
public sealed class SessionStamp
{
    public const string Claim = "defacto:stamp";

    private readonly ConcurrentDictionary<string, int> _signOuts = new(StringComparer.OrdinalIgnoreCase);

    public string Of(WebUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var generation = _signOuts.GetValueOrDefault(user.Name);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Name.ToLowerInvariant()}\n{user.Role}\n{user.PasswordHash}\n{generation}"));
        return Convert.ToHexString(bytes, 0, 16);
    }

    public void SignedOut(string name) => _signOuts.AddOrUpdate(name, 1, (_, n) => n + 1);
}
