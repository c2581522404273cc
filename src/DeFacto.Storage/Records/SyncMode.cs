namespace DeFacto.Storage.Records;

internal enum SyncMode
{
    /// <summary>The user's import: add and update, never remove; an update takes the import's origin.</summary>
    Import,

    /// <summary>The bundled dataset: add, update and remove bundled records; never touch the user's.</summary>
    Merge,
}
