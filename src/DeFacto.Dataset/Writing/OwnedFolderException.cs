namespace DeFacto.Dataset.Writing;

/// <summary>A folder write refused before anything changed; the message says why and what to do.</summary>
public sealed class OwnedFolderException : Exception
{
    public OwnedFolderException()
    {
    }

    public OwnedFolderException(string message)
        : base(message)
    {
    }

    public OwnedFolderException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
