namespace DeFacto.Exports.Releases;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
