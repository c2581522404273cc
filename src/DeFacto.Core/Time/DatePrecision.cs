namespace DeFacto.Core.Time;

/// <summary>How much of a date a source gives: a year, a month, or a day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
