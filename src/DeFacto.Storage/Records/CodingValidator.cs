namespace DeFacto.Storage.Records;

/// <summary>Checks an import's codings before anything is written: each names a coder and an observation the import or the ledger holds, once per coder, with values its indicator admits.</summary>
internal static class CodingValidator
{
    public static void Validate(Core.Dataset data, IReadOnlyDictionary<string, string> ledgerIds, List<string> problems)
    {
        var observations = data.Ledger.CodedObservations.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in data.Codings)
        {
            var at = $"coding of '{c.Observation}' by '{c.Coder}'";
            if (c.Coder.Trim().Length == 0)
            {
                problems.Add($"coding of '{c.Observation}': names no coder");
            }

            if (!seen.Add(CodingMapper.Id(c)))
            {
                problems.Add($"{at}: the coder codes the observation twice in this import");
            }

            if (observations.TryGetValue(c.Observation, out var o))
            {
                ImportValidator.CheckCoded(problems, at, data, o.Territory, o.Indicator, c.Value, null, 0.5);
                if (c.Resolution is { } r)
                {
                    ImportValidator.CheckCoded(problems, $"{at}, resolution", data, o.Territory, o.Indicator, r.Value, null, 0.5);
                }
            }
            else if (!(ledgerIds.TryGetValue(c.Observation, out var kind) && kind == "observation"))
            {
                problems.Add($"{at}: observation '{c.Observation}' is not in the import or the ledger");
            }
        }
    }
}
