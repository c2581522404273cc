using DeFacto.Dataset.Writing;

namespace DeFacto.Storage;

/// <summary>
/// Writes the ledger as dataset files. A new folder appears whole, in one rename. An earlier export is
/// brought up to date file by file: the files this program wrote are replaced or removed, and anything
/// else in the folder (a .git folder, notes) is left alone; a file of someone else's where a dataset file
/// goes is refused before anything changes (see <see cref="OwnedFolder"/>).
/// </summary>
internal static class LedgerExport
{
    public static void Export(Core.Dataset dataset, DatasetDocuments documents, string directory)
    {
        try
        {
            OwnedFolder.Write(directory, staging =>
            {
                DatasetWriter.Write(dataset, documents, staging);
                return 0;
            });
        }
        catch (OwnedFolderException e)
        {
            throw new LedgerException(e.Message, e);
        }
    }
}
