namespace DeFacto.Core.Scoring;

/// <summary>
/// Something a reader of an assessment should know, as a kind and its data; renderers word it (and
/// only they may mention a command-line flag). Kinds are stable identifiers, listed in <see cref="WarningKinds"/>.
/// </summary>
public sealed record AssessmentWarning(string Kind, IReadOnlyDictionary<string, string> Data)
{
    public string this[string key] => Data.TryGetValue(key, out var value) ? value : "";

    public static AssessmentWarning Of(string kind, params (string Key, string Value)[] data) =>
        new(kind, data.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
}
