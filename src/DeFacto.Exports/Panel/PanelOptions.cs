namespace DeFacto.Exports.Panel;

/// <summary>
/// Which territory-years to assess. Without <see cref="From"/> each territory starts at the year of its
/// first observation; without <see cref="To"/> the panel runs to <see cref="Today"/>'s year, which is
/// assessed at <see cref="Today"/> rather than at 31 December.
/// </summary>
public sealed record PanelOptions(DateOnly Today, int? From = null, int? To = null, int? Draws = null, ulong? Seed = null)
{
    /// <summary>Checks the year range; returns what is wrong, or null.</summary>
    public string? Problem()
    {
        if (From is < 1000 or > 9999)
        {
            return $"--from {From}: give a four-digit year";
        }

        if (To is < 1000 or > 9999)
        {
            return $"--to {To}: give a four-digit year";
        }

        if (To > Today.Year)
        {
            return $"--to {To} is after the current year ({Today.Year}): a panel cannot assess the future";
        }

        if (From > (To ?? Today.Year))
        {
            return $"--from {From} is after --to {To ?? Today.Year}";
        }

        return Draws is < 1 or > 1_000_000 ? "--draws: give a number from 1 to 1,000,000" : null;
    }

    /// <summary>The date a year is assessed at: its last day, or today for the current year.</summary>
    public DateOnly AssessedAt(int year) => year >= Today.Year ? Today : new DateOnly(year, 12, 31);
}
