namespace DeFacto.Storage.Candidates;

public enum ReviewDecision
{
    Accept,
    Reject,
}
