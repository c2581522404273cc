namespace DeFacto.Storage.Candidates;

public enum ReviewState
{
    Pending,
    Accepted,
    Rejected,
}
