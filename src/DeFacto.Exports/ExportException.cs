namespace DeFacto.Exports;

/// <summary>An export, release or diff that cannot go ahead for a reason the user can fix (a folder
/// that is not empty, a release that already exists, a file that fails its checksum).</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
