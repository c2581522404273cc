namespace DeFacto.Exports.Formats;

/// <summary>The file formats tables are exported in.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
    Xlsx,
    Json,
}
