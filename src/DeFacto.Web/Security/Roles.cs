namespace DeFacto.Web.Security;

/// <summary>Who may do what: viewers sign in and read the review queue; coders and editors review candidates.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Coder = "coder";
    public const string Editor = "editor";

    /// <summary>The policy for any write to the ledger.</summary>
    public const string CanReview = "can-review";

    public static readonly IReadOnlyList<string> All = [Viewer, Coder, Editor];
}
