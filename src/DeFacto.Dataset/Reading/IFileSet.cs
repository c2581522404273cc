namespace DeFacto.Dataset.Reading;

/// <summary>Where dataset files come from: a directory, or texts in memory (tests, imports, the ledger).</summary>
internal interface IFileSet
{
    /// <summary>The YAML files of a subfolder, by name relative to the root, in a stable order.</summary>
    IEnumerable<string> List(string folder);

    string? Read(string name, out string? error);

    string Display(string name);
}
