using System.Security.Cryptography;
using System.Text;

namespace DeFacto.Storage.Candidates;

/// <summary>
/// A document's identity: the SHA-256 of its content. Two documents with the same content are the same
/// source whatever they are called; two with the same name and different content are two sources.
/// </summary>
public static class DocumentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// The source id of an ingested document: "doc-" and the first 16 hex digits of its hash. Curated ids are
    /// words; an id like this names no bundled source, observation or event, whatever the file was called.
    /// </summary>
    public static string SourceId(string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        return "doc-" + hash[..Math.Min(16, hash.Length)];
    }
}
