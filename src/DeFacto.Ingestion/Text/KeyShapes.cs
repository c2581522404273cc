namespace DeFacto.Ingestion.Text;

/// <summary>
/// A quick first test for a lookup asked of every word of every sentence: the first letters and lengths
/// of a set's keys. A word whose first letter and length no key has cannot be a key, so the hash lookup
/// is skipped; any other word is looked up as before (the test never says no to a key).
/// </summary>
internal sealed class KeyShapes
{
    // Latin, Greek and Cyrillic first letters get a bit per length (the last bit: 63 or more); others are always looked up.
    private readonly ulong[] _lengthsByFirst = new ulong[0x530];

    public KeyShapes(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (key.Length > 0 && key[0] < _lengthsByFirst.Length)
            {
                _lengthsByFirst[key[0]] |= 1UL << Math.Min(key.Length, 63);
            }
        }
    }

    public bool MayContain(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[0] >= _lengthsByFirst.Length || ((_lengthsByFirst[word[0]] >> Math.Min(word.Length, 63)) & 1) != 0);
}
