using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// A candidate's identity is its real columns, not a formatted text: the document hash, the span, the
/// territory, the indicator and the coded value (point, interval or category). The value columns hold
/// NULL for the forms a value does not take, and a unique index treats NULLs as distinct, so each is
/// indexed twice, as "is it NULL" and as its value with NULL folded to a constant: two candidates with
/// the same NULLs collide, and no real value can be mistaken for a missing one (no sentinel). Candidates
/// kept before <see cref="M202611300002CandidateIdentity"/> have no document hash and, as before, never
/// collide. The formatted <c>value_key</c> column that the old index used is dropped. The statement is
/// the same on SQLite and PostgreSQL (both index expressions), so there is no branch by provider.
/// </summary>
[Migration(Version, "Candidate identity: a unique index over the value columns instead of a value key")]
public sealed class M202612010002CandidateFactKey : Migration
{
    public const long Version = 202612010002;

    public override void Up()
    {
        Delete.Index("ux_candidates_fact").OnTable("candidates");
        Execute.Sql("ALTER TABLE candidates DROP COLUMN value_key");
        Execute.Sql(
            "CREATE UNIQUE INDEX ux_candidates_fact ON candidates (document_hash, span_start, span_length, territory, indicator, " +
            "(value_point IS NULL), (COALESCE(value_point, 0)), (value_low IS NULL), (COALESCE(value_low, 0)), " +
            "(value_high IS NULL), (COALESCE(value_high, 0)), (category IS NULL), (COALESCE(category, '')))");
    }

    public override void Down()
    {
        Execute.Sql("DROP INDEX ux_candidates_fact");
        Alter.Table("candidates").AddColumn("value_key").AsString().Nullable();
        Create.Index("ux_candidates_fact").OnTable("candidates")
            .OnColumn("document_hash").Ascending()
            .OnColumn("span_start").Ascending()
            .OnColumn("span_length").Ascending()
            .OnColumn("territory").Ascending()
            .OnColumn("indicator").Ascending()
            .OnColumn("value_key").Ascending()
            .WithOptions().Unique();
    }
}
