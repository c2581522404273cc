using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// The bundled folder's listing (each file's name, size and time, a line each) beside its content digest, so an
/// unchanged bundle is recognised without reading its files. Null until the next merge: the files are read once more.
/// </summary>
[Migration(Version, "Bundle: the bundled folder's listing")]
public sealed class M202612010003BundleListing : Migration
{
    public const long Version = 202612010003;

    public override void Up() => Alter.Table("bundle").AddColumn("listing").AsString().Nullable();

    public override void Down() => Delete.Column("listing").FromTable("bundle");
}
