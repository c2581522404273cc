using System.Globalization;
using System.Text;
using DeFacto.Core.Scoring;
using DeFacto.Web.Assessments;
using DeFacto.Web.Pages;

namespace DeFacto.Web.Trends;

/// <summary>The trends chart as an SVG file and its data as CSV (one row per territory-year), for the same query as the page.</summary>
public static class TrendDownloads
{
    public static IEndpointRouteBuilder MapTrendDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trends.csv", (Analyses analyses, string? territories, string? from, string? to, string? basis) =>
        {
            var data = TrendData.Read(analyses, territories, from, to, basis);
            return data.Error is { } error
                ? Results.Text(error + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
                : Results.File(Encoding.UTF8.GetBytes(Csv(data)), "text/csv; charset=utf-8", "defacto-trends.csv");
        }).ExcludeFromDescription();
        app.MapGet("/trends.svg", (Analyses analyses, string? territories, string? from, string? to, string? basis) =>
        {
            var data = TrendData.Read(analyses, territories, from, to, basis);
            return data.Error is { } error
                ? Results.Text(error + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
                : Results.File(Encoding.UTF8.GetBytes(data.Chart(Title(data))), "image/svg+xml", "defacto-trends.svg");
        }).ExcludeFromDescription();
        return app;
    }

    public static string Title(TrendData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var basis = data.Timelines.Count > 0 ? Show.Basis(data.Timelines[0].Basis) : "practice";
        return $"De facto index by year ({basis} basis): " + string.Join(", ", data.Places.Select(p => p.Name));
    }

    public static string Csv(TrendData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sb = new StringBuilder("territory,date,year,basis,stage,functional_stage,incorporated,index,low,high,coverage_current,domains_applicable,thin\n");
        for (var k = 0; k < data.Places.Count; k++)
        {
            var timeline = data.Timelines[k];
            foreach (var point in timeline.Points)
            {
                var a = point.Assessment;
                var p = TrendData.Point(point);
                sb.Append(data.Places[k].Id).Append(',').Append(Show.Date(point.Date)).Append(',').Append(point.Date.Year.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(Names.Of(timeline.Basis)).Append(',').Append(Show.Stage(a.Stage)).Append(',')
                    .Append(a.Functional.Stage is { } f && a.Stage != Stage.NotAssessable ? Names.Of(f) : "").Append(',')
                    .Append(a.Formal.Incorporated ? "true" : "false").Append(',')
                    .Append(Number(p.Median)).Append(',').Append(Number(p.Low)).Append(',').Append(Number(p.High)).Append(',')
                    .Append(a.Current.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append((a.DomainCount - a.NotApplicable).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(p.Thin ? "true" : "false").Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Number(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
