using DeFacto.Core.Scoring;

namespace DeFacto.Exports.Panel;

/// <summary>
/// Builds the territory-year panel by asking the core's <see cref="Assessor"/> for every territory,
/// year and basis; it never computes a score itself, so each row equals <c>defacto assess TERRITORY
/// --as-of YEAR --basis BASIS</c> with the same draws and seed.
/// </summary>
public static class PanelBuilder
{
    public static TerritoryPanel Build(Core.Dataset dataset, PanelOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var draws = options.Draws ?? dataset.Codebook.DefaultDraws;
        var seed = options.Seed ?? dataset.Codebook.DefaultSeed;
        var last = options.To ?? options.Today.Year;
        var cells = new List<(Core.Registry.Place Place, int Year, Basis Basis)>();
        foreach (var territory in dataset.Registry.Territories)
        {
            var first = options.From ?? FirstEvidenceYear(dataset, territory.Id);
            if (first is null)
            {
                continue;
            }

            for (var year = first.Value; year <= last; year++)
            {
                cells.AddRange(TerritoryPanel.Bases.Select(b => (territory, year, b)));
            }
        }

        // Each assessment is pure and seeded on its own, so the order of work cannot change a value.
        var assessor = new Assessor(dataset.Codebook, dataset.Ledger, dataset.Registry);
        var rows = new PanelRow[cells.Count];
        Parallel.For(0, cells.Count, i =>
        {
            var (place, year, basis) = cells[i];
            var request = new AssessmentRequest(place.Id, options.AssessedAt(year), basis, draws, seed);
            rows[i] = new PanelRow(place, year, assessor.Assess(request));
        });
        return new TerritoryPanel(rows, draws, seed, options.Today);
    }

    /// <summary>The year of a territory's earliest observation (in place or pledged); null when it has none.</summary>
    public static int? FirstEvidenceYear(Core.Dataset dataset, string territory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var years = dataset.Ledger.ObservationsOf(territory).Select(o => o.AsOf.Start.Year).ToList();
        return years.Count == 0 ? null : years.Min();
    }
}
