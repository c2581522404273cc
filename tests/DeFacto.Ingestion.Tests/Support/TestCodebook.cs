using DeFacto.Core.Coding;
using DeFacto.Core.Registry;

namespace DeFacto.Ingestion.Tests.Support;

/// <summary>A small codebook and registry built in code, so stage tests do not depend on data/.</summary>
internal static class TestCodebook
{
    public static PlaceRegistry Registry { get; } = new(
    [
        new Place { Id = "patronia", Name = "Patronia", Kind = PlaceKind.State, Aliases = ["Capitalgrad"], Adjectives = ["Patronian"] },
        new Place { Id = "parentland", Name = "Parentland", Kind = PlaceKind.State, Adjectives = ["Parentish"] },
        new Place { Id = "other", Name = "Otherstan", Kind = PlaceKind.State, Adjectives = ["Otherish"] },
        new Place
        {
            Id = "north-enclave", Name = "North Enclave", Kind = PlaceKind.Territory, Parent = "parentland", Patron = "patronia",
            Capital = "Northtown", Aliases = ["NE", "Северный Анклав"], Adjectives = ["North Enclavian"],
        },
        new Place { Id = "south-enclave", Name = "South Enclave", Kind = PlaceKind.Territory, Parent = "parentland", Patron = "patronia" },
    ]);

    public static Codebook Codebook { get; } = new()
    {
        Version = "test",
        Domains = [new Domain("security", "Security", 1, true, ""), new Domain("status", "Status", 0, false, ""), new Domain("population", "Population", 0, false, "")],
        Qualifiers = [],
        Indicators =
        [
            new Indicator { Id = "security.patron_troops", Domain = "security", Question = "", Scale = Scale.Count, Role = IndicatorRole.Auxiliary, Unit = "persons", CueTerms = ["soldiers", "troops"] },
            new Indicator
            {
                Id = "security.patron_base", Domain = "security", Question = "", Scale = Scale.Binary, Role = IndicatorRole.Scored,
                CueTerms = ["military base"], Anchors = [new Anchor("no", 0, "no"), new Anchor("yes", 1, "yes") { Cues = ["{patron} military base", "garrison*"] }],
            },
            new Indicator
            {
                Id = "status.patron_recognition", Domain = "status", Question = "", Scale = Scale.Binary, Role = IndicatorRole.Status,
                CueTerms = ["recognition", "recognised"], Anchors = [new Anchor("yes", null, "yes") { Cues = ["{patron} recognised", "recognition of ... as independent"] }],
            },
            new Indicator { Id = "population.residents", Domain = "population", Question = "", Scale = Scale.Count, Role = IndicatorRole.Auxiliary, Unit = "persons", CueTerms = ["inhabitants", "residents"] },
        ],
    };

    public static IngestionPipeline Pipeline { get; } = IngestionPipeline.Create(Codebook, Registry);
}
