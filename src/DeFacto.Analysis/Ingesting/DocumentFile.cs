using DeFacto.Analysis.Answers;
using DeFacto.Ingestion;

namespace DeFacto.Analysis.Ingesting;

/// <summary>Reads a document named on the command line, or standard input for <c>-</c>; a file that cannot be read is a problem for that file alone.</summary>
public static class DocumentFile
{
    public static Outcome<DocumentInput> Read(string name, TextReader standardInput)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(standardInput);
        if (name == "-")
        {
            return Outcomes.Of(DocumentInput.FromText("stdin", standardInput.ReadToEnd()));
        }

        if (Directory.Exists(name))
        {
            return Fail("is a folder: give the files in it (e.g. folder/*.pdf)");
        }

        var file = new FileInfo(name);
        if (!file.Exists)
        {
            return Fail("no such file (check the path)");
        }

        // Refuse the enormous before reading it, rather than after the memory is spent.
        var limit = IngestionLimits.Default.MaxBytes;
        if (file.Length > limit)
        {
            return Fail($"the file is {file.Length / (1024 * 1024)} MB; documents over {limit / (1024 * 1024)} MB are not read (split it, or extract the part you need)");
        }

        try
        {
            return Outcomes.Of(DocumentInput.FromBytes(file.Name, File.ReadAllBytes(file.FullName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot be read: {e.Message}");
        }
    }

    private static Outcome<DocumentInput> Fail(string message) => Outcomes.Fail<DocumentInput>(Problem.Invalid(null, message));
}
