namespace DeFacto.Exports.Formats;

/// <summary>The names of the formats on the command line and in datapackage.json.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } = [ExportFormat.Csv, ExportFormat.Parquet, ExportFormat.Xlsx, ExportFormat.Json];

    public static string Name(ExportFormat format) => format switch
    {
        ExportFormat.Parquet => "parquet",
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Json => "json",
        _ => "csv",
    };

    public static ExportFormat? Parse(string? text) =>
        All.Cast<ExportFormat?>().FirstOrDefault(f => string.Equals(Name(f!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Parquet => "application/vnd.apache.parquet",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Json => "application/json",
        _ => "text/csv",
    };
}
