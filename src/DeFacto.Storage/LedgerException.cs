namespace DeFacto.Storage;

/// <summary>Something the user asked of the ledger that it cannot do as asked; the message says what and why.</summary>
public class LedgerException : Exception
{
    public LedgerException()
    {
    }

    public LedgerException(string message)
        : base(message)
    {
    }

    public LedgerException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
