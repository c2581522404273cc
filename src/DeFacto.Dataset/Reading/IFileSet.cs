namespace DeFacto.Dataset.Reading;

/// <summary>Where dataset files come from: a directory, or texts in memory (tests, imports, the ledger).</summary>
internal interface IFileSet
{
    /// <summary>The YAML files of a subfolder, by name relative to the root, in a stable order.</summary>
    IEnumerable<string> List(string folder);

    /// <summary>The file's text; null when it is missing, or when it cannot be read (then <paramref name="error"/> says why, at <paramref name="line"/> where known).</summary>
    string? Read(string name, out string? error, out int line);

    string Display(string name);
}
