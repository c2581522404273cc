namespace DeFacto.Web.Security;

/// <summary>
/// Checks a password against a stored hash for <see cref="UserDirectory.SignIn"/>. A service of its own so
/// that the work sign-in does can be observed (tests count it); the default is <see cref="PasswordHash.Verify"/>.
/// </summary>
public class PasswordVerifier
{
    public virtual bool Verify(string password, string stored) => PasswordHash.Verify(password, stored);
}
