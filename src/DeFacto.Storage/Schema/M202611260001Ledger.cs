using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// The ledger's first schema. Every evidence table carries its provenance: origin (bundled or user),
/// coder, created and updated timestamps (ISO 8601 text, the same on both databases), an insertion
/// sequence that keeps the curated order, and a fingerprint of the record's content so that imports
/// and merges can tell an unchanged record from a changed one without comparing every column.
/// </summary>
[Migration(Version, "The ledger: evidence with provenance, candidates, documents, bundle")]
public sealed class M202611260001Ledger : Migration
{
    public const long Version = 202611260001;

    public override void Up()
    {
        Create.Table("documents")
            .WithColumn("name").AsString().PrimaryKey()
            .WithColumn("text").AsString().NotNullable()
            .WithColumn("origin").AsString().NotNullable()
            .WithColumn("fingerprint").AsString().NotNullable()
            .WithColumn("created_at").AsString().NotNullable()
            .WithColumn("updated_at").AsString().NotNullable();

        Provenance(Create.Table("sources")
            .WithColumn("id").AsString().PrimaryKey()
            .WithColumn("kind").AsString().NotNullable()
            .WithColumn("title").AsString().NotNullable()
            .WithColumn("authors").AsString().NotNullable()
            .WithColumn("publisher").AsString().Nullable()
            .WithColumn("container").AsString().Nullable()
            .WithColumn("number").AsString().Nullable()
            .WithColumn("published").AsString().Nullable()
            .WithColumn("url").AsString().Nullable()
            .WithColumn("language").AsString().Nullable()
            .WithColumn("note").AsString().Nullable());

        Provenance(Value(Create.Table("observations")
            .WithColumn("id").AsString().PrimaryKey()
            .WithColumn("territory").AsString().NotNullable().Indexed("ix_observations_territory")
            .WithColumn("indicator").AsString().NotNullable())
            .WithColumn("unit").AsString().Nullable()
            .WithColumn("qualifier").AsString().Nullable()
            .WithColumn("status").AsString().NotNullable()
            .WithColumn("as_of").AsString().NotNullable()
            .WithColumn("source_id").AsString().NotNullable()
            .WithColumn("locator").AsString().NotNullable()
            .WithColumn("quote").AsString().Nullable()
            .WithColumn("confidence").AsDouble().NotNullable()
            .WithColumn("note").AsString().Nullable());

        Provenance(Create.Table("events")
            .WithColumn("id").AsString().PrimaryKey()
            .WithColumn("type").AsString().NotNullable()
            .WithColumn("date").AsString().NotNullable()
            .WithColumn("parties").AsString().NotNullable()
            .WithColumn("title").AsString().NotNullable()
            .WithColumn("treaty_id").AsString().Nullable()
            .WithColumn("source_id").AsString().NotNullable()
            .WithColumn("locator").AsString().Nullable()
            .WithColumn("quote").AsString().Nullable()
            .WithColumn("confidence").AsDouble().NotNullable()
            .WithColumn("note").AsString().Nullable()
            .WithColumn("territory").AsString().Nullable().Indexed("ix_events_territory"));

        Provenance(Create.Table("treaties")
            .WithColumn("id").AsString().PrimaryKey()
            .WithColumn("title").AsString().NotNullable()
            .WithColumn("parties").AsString().NotNullable()
            .WithColumn("signed").AsString().Nullable()
            .WithColumn("in_force").AsString().Nullable()
            .WithColumn("term").AsString().Nullable()
            .WithColumn("source_id").AsString().NotNullable()
            .WithColumn("locator").AsString().Nullable()
            .WithColumn("note").AsString().Nullable());

        Create.Table("ratifications")
            .WithColumn("treaty_id").AsString().PrimaryKey()
            .WithColumn("position").AsInt32().PrimaryKey()
            .WithColumn("party").AsString().NotNullable()
            .WithColumn("date").AsString().NotNullable();

        Value(Create.Table("provisions")
            .WithColumn("id").AsString().PrimaryKey()
            .WithColumn("treaty_id").AsString().NotNullable().Indexed("ix_provisions_treaty")
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("article").AsString().Nullable()
            .WithColumn("territory").AsString().NotNullable()
            .WithColumn("indicator").AsString().NotNullable())
            .WithColumn("unit").AsString().Nullable()
            .WithColumn("obligation").AsString().NotNullable()
            .WithColumn("source_id").AsString().NotNullable()
            .WithColumn("locator").AsString().NotNullable()
            .WithColumn("quote").AsString().Nullable()
            .WithColumn("note").AsString().Nullable();

        Value(Create.Table("candidates")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("territory").AsString().NotNullable()
            .WithColumn("indicator").AsString().NotNullable())
            .WithColumn("unit").AsString().Nullable()
            .WithColumn("status").AsString().NotNullable()
            .WithColumn("qualifier").AsString().Nullable()
            .WithColumn("as_of").AsString().Nullable()
            .WithColumn("document_name").AsString().NotNullable()
            .WithColumn("document_title").AsString().Nullable()
            .WithColumn("span_start").AsInt32().NotNullable()
            .WithColumn("span_length").AsInt32().NotNullable()
            .WithColumn("quote").AsString().NotNullable()
            .WithColumn("confidence").AsDouble().NotNullable()
            .WithColumn("review_state").AsString().NotNullable().Indexed("ix_candidates_review_state")
            .WithColumn("reviewer").AsString().Nullable()
            .WithColumn("observation_id").AsString().Nullable()
            .WithColumn("created_at").AsString().NotNullable()
            .WithColumn("reviewed_at").AsString().Nullable()
            .WithColumn("updated_at").AsString().NotNullable();

        Create.Table("bundle")
            .WithColumn("id").AsInt32().PrimaryKey()
            .WithColumn("hash").AsString().NotNullable()
            .WithColumn("merged_at").AsString().NotNullable();
    }

    public override void Down()
    {
        foreach (var table in new[] { "bundle", "candidates", "provisions", "ratifications", "treaties", "events", "observations", "sources", "documents" })
        {
            Delete.Table(table);
        }
    }

    // A coded value: a point, an interval, or a category.
    private static FluentMigrator.Builders.Create.Table.ICreateTableColumnOptionOrWithColumnSyntax Value(
        FluentMigrator.Builders.Create.Table.ICreateTableColumnOptionOrWithColumnSyntax table) => table
        .WithColumn("value_point").AsDouble().Nullable()
        .WithColumn("value_low").AsDouble().Nullable()
        .WithColumn("value_high").AsDouble().Nullable()
        .WithColumn("category").AsString().Nullable();

    private static void Provenance(FluentMigrator.Builders.Create.Table.ICreateTableColumnOptionOrWithColumnSyntax table) => table
        .WithColumn("origin").AsString().NotNullable()
        .WithColumn("coder").AsString().Nullable()
        .WithColumn("seq").AsInt64().NotNullable()
        .WithColumn("fingerprint").AsString().NotNullable()
        .WithColumn("created_at").AsString().NotNullable()
        .WithColumn("updated_at").AsString().NotNullable();
}
