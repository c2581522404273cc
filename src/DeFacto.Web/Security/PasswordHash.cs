using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeFacto.Web.Security;

/// <summary>
/// Password hashes as <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in base64): PBKDF2 with
/// SHA-256 from the base library, a random 16-byte salt, compared in constant time. Passwords are never stored.
/// </summary>
public static class PasswordHash
{
    public const string Scheme = "pbkdf2-sha256";
    public const int DefaultIterations = 210_000;

    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 10_000);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when the password matches; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string password, string? stored)
    {
        if (string.IsNullOrEmpty(password) || !IsWellFormed(stored))
        {
            return false;
        }

        var parts = stored!.Split('$');
        var iterations = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The iteration count of a well-formed hash.</summary>
    public static int Iterations(string stored)
    {
        ArgumentException.ThrowIfNullOrEmpty(stored);
        return int.Parse(stored.Split('$')[1], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static bool IsWellFormed(string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not { Length: 4 } || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 10_000)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[128];
        return Convert.TryFromBase64String(parts[2], buffer, out var saltLength) && saltLength >= 8
            && Convert.TryFromBase64String(parts[3], buffer, out var hashLength) && hashLength >= 16;
    }
}
