using DeFacto.Dataset.Writing;

namespace DeFacto.Storage;

/// <summary>
/// Writes the ledger as dataset files without ever leaving a half-written folder: the files go into a
/// temporary folder beside the target, which is then moved into place in one rename.
/// </summary>
internal static class LedgerExport
{
    public static void Export(Dataset.Dataset dataset, DatasetDocuments documents, string directory)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new LedgerException($"cannot export to the root folder {target}");
        Directory.CreateDirectory(parent);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, DatasetDocuments.CodebookFile)))
        {
            throw new LedgerException($"{target} already holds files that are not a dataset: give a new or empty folder");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.export-{Guid.NewGuid():N}");
        try
        {
            DatasetWriter.Write(dataset, documents, temporary);
            if (!Directory.Exists(target))
            {
                Directory.Move(temporary, target);
                return;
            }

            // Replace an earlier export: set it aside, move the new one in, then drop the old one.
            var previous = temporary + ".old";
            Directory.Move(target, previous);
            Directory.Move(temporary, target);
            Directory.Delete(previous, recursive: true);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
