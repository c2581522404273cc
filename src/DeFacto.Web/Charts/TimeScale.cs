namespace DeFacto.Web.Charts;

/// <summary>Maps dates to x positions between two pixel bounds, over whole years that cover every point and marker.</summary>
internal sealed class TimeScale
{
    private readonly DateOnly _start;
    private readonly DateOnly _end;
    private readonly double _left;
    private readonly double _right;

    public TimeScale(IReadOnlyList<LinePoint> points, IReadOnlyList<ChartMarker> events, ChartMarker? current, double left, double right)
    {
        var dates = points.Select(p => p.Date).Concat(events.Select(e => e.Date)).Concat(current is { } c ? [c.Date] : []).ToList();
        _start = new DateOnly(dates.Min().Year, 1, 1);
        _end = new DateOnly(dates.Max().Year, 12, 31);
        _left = left;
        _right = right;
    }

    public double X(DateOnly date)
    {
        var span = Math.Max(1, _end.DayNumber - _start.DayNumber);
        return _left + ((double)(date.DayNumber - _start.DayNumber) / span * (_right - _left));
    }

    /// <summary>The years to label, thinned so that labels do not overlap.</summary>
    public IEnumerable<int> Years()
    {
        var count = _end.Year - _start.Year + 1;
        var step = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        for (var y = _start.Year; y <= _end.Year; y += step)
        {
            yield return y;
        }
    }
}
