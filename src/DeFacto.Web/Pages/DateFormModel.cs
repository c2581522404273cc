using DeFacto.Core.Scoring;

namespace DeFacto.Web.Pages;

/// <summary>The date picker shared by the pages: a GET form, so it works without JavaScript.</summary>
public sealed record DateFormModel(DateOnly Date, Basis Basis, string? Error);
