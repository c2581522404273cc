using DeFacto.Core.Evidence;
using DeFacto.Core.Randomness;

namespace DeFacto.Core.Reliability;

/// <summary>
/// Draws observations for blind recoding, stratified so that every territory × domain cell is
/// represented: each non-empty stratum gets one observation (when the sample is at least as large as the
/// number of strata), and the rest is shared in proportion to the strata's sizes (largest remainder).
/// Within a stratum the draw is a seeded shuffle, so the same seed and evidence give the same sample.
/// </summary>
public static class RecodingSample
{
    public static IReadOnlyList<Observation> Draw(IEnumerable<Observation> observations, Func<Observation, string> stratum, int size, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(stratum);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var strata = observations
            .GroupBy(stratum, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.Id, StringComparer.Ordinal).ToList())
            .ToList();
        var quotas = Allocate(strata.Select(s => s.Count).ToList(), size);
        var random = new SeededRandom(seed);
        var drawn = new List<Observation>();
        for (var i = 0; i < strata.Count; i++)
        {
            var members = strata[i];
            for (var j = members.Count - 1; j > 0; j--)
            {
                var k = random.Next(j + 1);
                (members[j], members[k]) = (members[k], members[j]);
            }

            drawn.AddRange(members.Take(quotas[i]));
        }

        return drawn;
    }

    /// <summary>How many to draw from each stratum: at least one each when there is room, the rest by size.</summary>
    public static IReadOnlyList<int> Allocate(IReadOnlyList<int> sizes, int size)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var total = sizes.Sum();
        if (size >= total)
        {
            return sizes.ToList();
        }

        var quotas = new int[sizes.Count];
        var capacity = sizes.ToArray();
        var left = size;
        if (size >= sizes.Count(s => s > 0))
        {
            for (var i = 0; i < sizes.Count; i++)
            {
                if (sizes[i] > 0)
                {
                    quotas[i] = 1;
                    capacity[i]--;
                    left--;
                }
            }
        }

        var room = capacity.Sum();
        if (left > 0 && room > 0)
        {
            var shares = capacity.Select(c => (double)left * c / room).ToArray();
            var given = 0;
            for (var i = 0; i < shares.Length; i++)
            {
                var whole = (int)Math.Floor(shares[i]);
                quotas[i] += whole;
                given += whole;
            }

            foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => shares[i] - Math.Floor(shares[i])).ThenBy(i => i).Take(left - given))
            {
                quotas[i]++;
            }
        }

        return quotas;
    }
}
