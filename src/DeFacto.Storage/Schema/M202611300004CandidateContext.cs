using FluentMigrator;

namespace DeFacto.Storage.Schema;

/// <summary>
/// A candidate keeps the sentence and the paragraph it was found in, each with its span in the document,
/// so that a reviewer reads the quote in its context. Candidates kept before this migration have none (NULL).
/// </summary>
[Migration(Version, "Candidate context: the sentence and paragraph around the quote")]
public sealed class M202611300004CandidateContext : Migration
{
    public const long Version = 202611300004;

    public override void Up() => Alter.Table("candidates")
        .AddColumn("sentence_text").AsString().Nullable()
        .AddColumn("sentence_start").AsInt32().Nullable()
        .AddColumn("sentence_length").AsInt32().Nullable()
        .AddColumn("paragraph_text").AsString().Nullable()
        .AddColumn("paragraph_start").AsInt32().Nullable()
        .AddColumn("paragraph_length").AsInt32().Nullable();

    public override void Down()
    {
        foreach (var column in new[] { "paragraph_length", "paragraph_start", "paragraph_text", "sentence_length", "sentence_start", "sentence_text" })
        {
            Delete.Column(column).FromTable("candidates");
        }
    }
}
