namespace DeFacto.Web.Charts;

/// <summary>Okabe and Ito's eight colours, distinguishable with the common colour-vision deficiencies; one per territory.</summary>
internal static class Palette
{
    public static readonly IReadOnlyList<string> Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    /// <summary>Dash patterns beside colour, so lines also differ in print and for readers who see no colour at all.</summary>
    public static readonly IReadOnlyList<string> Dashes = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"];

    public static string Of(int index) => Colours[index % Colours.Count];
}
