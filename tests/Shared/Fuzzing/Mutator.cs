using System.Text;

namespace DeFacto.Tests.Fuzzing;

/// <summary>
/// Turns a seed input into a new one: random bytes and flipped bits, cut and repeated chunks, splices of two
/// seeds, and the structures that break readers (deep nesting of '[', '{', '&lt;div&gt;', '&lt;&lt;', many
/// documents, stray encodings). Seeded: the same seed gives the same inputs.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[][] Tokens =
    [
        "["u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "- "u8.ToArray(), ": "u8.ToArray(), "\n---\n"u8.ToArray(),
        "&a "u8.ToArray(), "*a"u8.ToArray(), "!!binary "u8.ToArray(), "\"\\u"u8.ToArray(), "'"u8.ToArray(), "\t"u8.ToArray(), "%YAML 1.1\n"u8.ToArray(),
        "<div>"u8.ToArray(), "</div>"u8.ToArray(), "<p>"u8.ToArray(), "<script>"u8.ToArray(), "<!--"u8.ToArray(), "&amp;"u8.ToArray(), "&#x10FFFF;"u8.ToArray(),
        "<<"u8.ToArray(), ">>"u8.ToArray(), " 0 R"u8.ToArray(), "/Kids ["u8.ToArray(), " obj\n"u8.ToArray(), "endobj\n"u8.ToArray(), "stream\n"u8.ToArray(),
        "endstream"u8.ToArray(), "/Type /Pages "u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(), "%PDF-1.4\n"u8.ToArray(), "xref\n"u8.ToArray(),
        "# "u8.ToArray(), "**"u8.ToArray(), "```"u8.ToArray(), "> "u8.ToArray(), "[x]("u8.ToArray(), "\r\n"u8.ToArray(), "\0"u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE9], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
        "3,500 Russian troops in South Ossetia in 2019. "u8.ToArray(), "90 per cent "u8.ToArray(), "30-40,000 "u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    public byte[] Next(IReadOnlyList<byte[]> seeds)
    {
        var input = seeds[_random.Next(seeds.Count)].ToList();
        var steps = 1 + _random.Next(_random.Next(8) == 0 ? 40 : 6);
        for (var i = 0; i < steps; i++)
        {
            Mutate(input, seeds);
        }

        return [.. input];
    }

    private void Mutate(List<byte> input, IReadOnlyList<byte[]> seeds)
    {
        var at = input.Count == 0 ? 0 : _random.Next(input.Count + 1);
        switch (_random.Next(11))
        {
            case 0 when input.Count > 0:
                input[Math.Min(at, input.Count - 1)] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                input.Insert(at, (byte)_random.Next(256));
                break;
            case 2 when input.Count > 0:
                input.RemoveRange(Math.Min(at, input.Count - 1), Math.Min(1 + _random.Next(64), input.Count - Math.Min(at, input.Count - 1)));
                break;
            case 3:
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 4:
                // Deep nesting: one opening token repeated, most often closed again.
                var open = Tokens[_random.Next(Tokens.Length)];
                var times = _random.Next(2) == 0 ? _random.Next(300) : _random.Next(20_000);
                var nested = Enumerable.Repeat(open, times).SelectMany(t => t).ToList();
                input.InsertRange(at, nested);
                break;
            case 5 when input.Count > 0:
                // Repeat a chunk (quadratic behaviour shows on repeated structure).
                var from = _random.Next(input.Count);
                var length = Math.Min(1 + _random.Next(256), input.Count - from);
                var chunk = input.GetRange(from, length);
                for (var k = _random.Next(1, 50); k > 0; k--)
                {
                    input.InsertRange(at, chunk);
                }

                break;
            case 6 when input.Count > 0:
                input.RemoveRange(at == input.Count ? 0 : at, input.Count - (at == input.Count ? 0 : at));
                break;
            case 7:
                var other = seeds[_random.Next(seeds.Count)];
                var start = other.Length == 0 ? 0 : _random.Next(other.Length);
                input.InsertRange(at, other.Skip(start).Take(1 + _random.Next(512)));
                break;
            case 8:
                input.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)_random.Next(0x20, 0x2FFF), 1 + _random.Next(8))));
                break;
            case 9:
                var noise = new byte[_random.Next(1, 64)];
                _random.NextBytes(noise);
                input.InsertRange(at, noise);
                break;
            default:
                if (input.Count > 1)
                {
                    var a = _random.Next(input.Count);
                    var b = _random.Next(input.Count);
                    (input[a], input[b]) = (input[b], input[a]);
                }

                break;
        }

        // Inputs stay within what the readers accept, so the budget goes to structure, not size refusals.
        if (input.Count > 4 * 1024 * 1024)
        {
            input.RemoveRange(4 * 1024 * 1024, input.Count - 4 * 1024 * 1024);
        }
    }
}
