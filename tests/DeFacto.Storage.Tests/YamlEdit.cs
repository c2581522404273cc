namespace DeFacto.Storage.Tests;

/// <summary>Edits dataset YAML files as an analyst would, for tests that need a changed codebook or registry.</summary>
internal static class YamlEdit
{
    /// <summary>Removes the entry <c>  - id: ID</c> (and its indented lines) from the top-level list <paramref name="list"/>.</summary>
    public static void DropListEntry(string path, string list, string id)
    {
        var lines = File.ReadAllLines(path).ToList();
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && !lines[i].StartsWith('#'))
            {
                inList = lines[i].StartsWith(list + ":", StringComparison.Ordinal);
            }

            if (inList && lines[i].Trim() == $"- id: {id}")
            {
                var end = i + 1;
                while (end < lines.Count && (lines[end].StartsWith("    ", StringComparison.Ordinal) || lines[end].Trim().Length == 0))
                {
                    end++;
                }

                lines.RemoveRange(i, end - i);
                File.WriteAllLines(path, lines);
                return;
            }
        }

        throw new InvalidOperationException($"{id} is not under {list} in {path}");
    }
}
