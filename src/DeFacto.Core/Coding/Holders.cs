namespace DeFacto.Core.Coding;

/// <summary>The words the codebook and the JSON contract use for <see cref="Holder"/>.</summary>
public static class Holders
{
    public static readonly IReadOnlyList<string> Names = ["parent", "territory", "shared", "patron", "unknown"];

    public static string Name(Holder holder) => holder switch
    {
        Holder.Territory => "territory",
        Holder.Parent => "parent",
        Holder.Shared => "shared",
        Holder.Patron => "patron",
        _ => "unknown",
    };

    public static Holder? Parse(string? text) => text switch
    {
        "territory" => Holder.Territory,
        "parent" => Holder.Parent,
        "shared" => Holder.Shared,
        "patron" => Holder.Patron,
        "unknown" => Holder.Unknown,
        _ => null,
    };
}
