namespace DeFacto.Core.Evidence;

/// <summary>The words the dataset files and the JSON contract use for the model's enumerations.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "treaty-signed", "treaty-ratified", "treaty-in-force", "recognition", "annexation", "referendum",
        "law", "agreement", "election", "war", "dissolution", "takeover", "suspension", "other",
    ];

    public static readonly IReadOnlyList<string> SourceKinds =
        ["report", "article", "news", "treaty", "law", "web-page", "encyclopedia", "statement", "dataset", "book", "document"];

    public static readonly IReadOnlyList<string> Obligations = ["binding", "best-effort", "aspirational"];

    public static string Name(EvidenceStatus status) => status == EvidenceStatus.Pledged ? "pledged" : "in-place";

    public static EvidenceStatus? ParseStatus(string? text) => text switch
    {
        "in-place" => EvidenceStatus.InPlace,
        "pledged" => EvidenceStatus.Pledged,
        _ => null,
    };
}
