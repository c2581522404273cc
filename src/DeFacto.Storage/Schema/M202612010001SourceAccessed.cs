using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// The day a coder read a source (<c>accessed</c>, YYYY-MM-DD; BibTeX <c>urldate</c>, CSL <c>accessed</c>).
/// The column is optional, so every existing source stays valid.
/// </summary>
[Migration(Version, "Sources: the day each was accessed")]
public sealed class M202612010001SourceAccessed : Migration
{
    public const long Version = 202612010001;

    public override void Up() => Alter.Table("sources").AddColumn("accessed").AsString().Nullable();

    public override void Down() => Delete.Column("accessed").FromTable("sources");
}
