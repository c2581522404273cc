using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// Model v2's evidence periods: an observation may attest a period (<c>since</c> … <c>as_of</c>), and
/// an event may name the functional domains whose earlier evidence it ends (<c>ends</c>, a JSON list;
/// null means the codebook's default for the event type). Both columns are optional, so every
/// existing row stays valid.
/// </summary>
[Migration(Version, "Observation periods (since) and events that end evidence (ends)")]
public sealed class M202611300001ObservationSince : Migration
{
    public const long Version = 202611300001;

    public override void Up()
    {
        Alter.Table("observations").AddColumn("since").AsString().Nullable();
        Alter.Table("events").AddColumn("ends").AsString().Nullable();
    }

    public override void Down()
    {
        Delete.Column("since").FromTable("observations");
        Delete.Column("ends").FromTable("events");
    }
}
