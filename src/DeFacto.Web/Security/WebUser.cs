namespace DeFacto.Web.Security;

/// <summary>A user who may sign in: a name, a role (viewer, coder or editor) and a password hash, never a password.</summary>
public sealed record WebUser(string Name, string Role, string PasswordHash);
