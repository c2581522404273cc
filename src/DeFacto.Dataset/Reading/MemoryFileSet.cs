namespace DeFacto.Dataset.Reading;

internal sealed class MemoryFileSet(IReadOnlyDictionary<string, string> texts) : IFileSet
{
    public IEnumerable<string> List(string folder) =>
        texts.Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public string? Read(string name, out string? error, out int line)
    {
        error = null;
        line = 0;
        return texts.GetValueOrDefault(name);
    }

    public string Display(string name) => name;
}
