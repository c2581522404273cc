using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DeFacto.Storage.Records;

/// <summary>A digest of a record's content, so that "has this record changed?" is one string comparison.</summary>
internal static class Fingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of<T>(T record) => Of(JsonSerializer.Serialize(record, Options));

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string List(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, Options);

    public static IReadOnlyList<string> ParseList(string json) => JsonSerializer.Deserialize<string[]>(json, Options) ?? [];
}
