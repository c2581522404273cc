namespace DeFacto.Core.Scoring;

/// <summary>From when a treaty's pledges count: its entry into force (the default), or its signature.</summary>
public enum PledgeCounting
{
    FromEntryIntoForce,
    FromSignature,
}
