namespace DeFacto.Core.Evidence;

/// <summary>Practice on the ground, or a commitment made by a treaty or law.</summary>
public enum EvidenceStatus
{
    InPlace,
    Pledged,
}
