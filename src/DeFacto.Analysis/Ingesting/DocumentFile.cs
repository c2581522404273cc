using DeFacto.Analysis.Answers;
using DeFacto.Ingestion;
using DeFacto.Ingestion.Reading;

namespace DeFacto.Analysis.Ingesting;

/// <summary>Reads a document named on the command line, or standard input for <c>-</c>; a file that cannot be read is a problem for that file alone.</summary>
public static class DocumentFile
{
    public static Outcome<DocumentInput> Read(string name, Func<Stream> openStandardInput)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(openStandardInput);

        // Bytes actually read are counted against the limit: stdin, pipes and devices report no true length.
        var limit = IngestionLimits.Default.MaxBytes;
        if (name == "-")
        {
            using var stdin = openStandardInput();
            var (bytes, problem) = DocumentBytes.Read(stdin, limit);
            return bytes is null ? Fail("standard input " + problem) : Outcomes.Of(DocumentInput.FromBytes("stdin", bytes));
        }

        var (content, refused) = DocumentBytes.ReadFile(name, limit);
        return content is null ? Fail(refused ?? "cannot be read") : Outcomes.Of(DocumentInput.FromBytes(Path.GetFileName(name), content));
    }

    private static Outcome<DocumentInput> Fail(string message) => Outcomes.Fail<DocumentInput>(Problem.Invalid(null, message));
}
