namespace DeFacto.Core.Registry;

public enum PlaceKind
{
    State,
    Territory,
}
