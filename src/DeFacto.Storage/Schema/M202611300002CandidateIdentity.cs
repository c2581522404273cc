using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// A candidate fact is identified by its content: the document it came from (its SHA-256), the span, the
/// territory, the indicator and the value. A unique index makes that identity the database's, so keeping
/// or accepting the same fact again changes nothing, however many times a document is ingested.
/// Candidates kept before this migration have no document hash; NULLs never collide, so they stay as they are.
/// </summary>
[Migration(Version, "Candidate identity: document hash and value key, unique per fact")]
public sealed class M202611300002CandidateIdentity : Migration
{
    public const long Version = 202611300002;

    public override void Up()
    {
        Alter.Table("candidates")
            .AddColumn("document_hash").AsString().Nullable()
            .AddColumn("value_key").AsString().Nullable();
        Create.Index("ux_candidates_fact").OnTable("candidates")
            .OnColumn("document_hash").Ascending()
            .OnColumn("span_start").Ascending()
            .OnColumn("span_length").Ascending()
            .OnColumn("territory").Ascending()
            .OnColumn("indicator").Ascending()
            .OnColumn("value_key").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Index("ux_candidates_fact").OnTable("candidates");
        Delete.Column("value_key").FromTable("candidates");
        Delete.Column("document_hash").FromTable("candidates");
    }
}
