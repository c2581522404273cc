using DeFacto.Web.Security;

namespace DeFacto.Web.Tests.Security;

public sealed class PasswordTests
{
    [Fact]
    public void Verify_RightAndWrongPassword_AreTold()
    {
        var hash = PasswordHash.Create("s3cret!", 10_000);

        Assert.DoesNotContain("s3cret!", hash, StringComparison.Ordinal);
        Assert.True(PasswordHash.Verify("s3cret!", hash));
        Assert.False(PasswordHash.Verify("s3cret?", hash));
    }

    [Theory]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$10$AAAA$BBBB")]
    [InlineData("")]
    public void Verify_MalformedHash_IsFalse(string stored)
    {
        Assert.False(PasswordHash.Verify("anything", stored));
    }

    [Fact]
    public void UserDirectory_UnknownRoleOrPlainPassword_IsRefused()
    {
        var hash = PasswordHash.Create("x1", 10_000);

        Assert.Throws<InvalidOperationException>(() => new UserDirectory([new WebUser("a", "admin", hash)]));
        Assert.Throws<InvalidOperationException>(() => new UserDirectory([new WebUser("a", Roles.Editor, "hunter2")]));
        Assert.Equal(Roles.Coder, new UserDirectory([new WebUser("a", Roles.Coder, hash)]).SignIn("A", "x1")?.Role);
    }

    [Fact]
    public void UserDirectory_UsersFile_IsRead()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, $$"""{"users":[{"name":"ana","role":"editor","passwordHash":"{{PasswordHash.Create("pw1", 10_000)}}"}]}""");
            var users = UserDirectory.Load(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), file);

            Assert.Equal(Roles.Editor, users.SignIn("ana", "pw1")?.Role);
            Assert.Null(users.SignIn("ana", "pw2"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
