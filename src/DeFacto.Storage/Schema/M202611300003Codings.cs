using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// Further codings of observations: one row per coder and observation (the id joins the two), with the
/// coded value, status and hedge, the day it was coded, and the resolution of a disagreement. The
/// provenance <c>coder</c> column is the coding's coder; the first coding stays in <c>observations</c>.
/// </summary>
[Migration(Version, "Codings: second coders' codings of observations, with resolutions")]
public sealed class M202611300003Codings : Migration
{
    public const long Version = 202611300003;

    public override void Up() => Create.Table("codings")
        .WithColumn("id").AsString().PrimaryKey()
        .WithColumn("observation_id").AsString().NotNullable().Indexed("ix_codings_observation")
        .WithColumn("value_point").AsDouble().Nullable()
        .WithColumn("value_low").AsDouble().Nullable()
        .WithColumn("value_high").AsDouble().Nullable()
        .WithColumn("category").AsString().Nullable()
        .WithColumn("status").AsString().Nullable()
        .WithColumn("qualifier").AsString().Nullable()
        .WithColumn("note").AsString().Nullable()
        .WithColumn("coded_on").AsString().NotNullable()
        .WithColumn("resolution_point").AsDouble().Nullable()
        .WithColumn("resolution_low").AsDouble().Nullable()
        .WithColumn("resolution_high").AsDouble().Nullable()
        .WithColumn("resolution_category").AsString().Nullable()
        .WithColumn("resolution_reason").AsString().Nullable()
        .WithColumn("resolution_by").AsString().Nullable()
        .WithColumn("resolution_on").AsString().Nullable()
        .WithColumn("origin").AsString().NotNullable()
        .WithColumn("coder").AsString().Nullable()
        .WithColumn("seq").AsInt64().NotNullable()
        .WithColumn("fingerprint").AsString().NotNullable()
        .WithColumn("created_at").AsString().NotNullable()
        .WithColumn("updated_at").AsString().NotNullable();

    public override void Down() => Delete.Table("codings");
}
