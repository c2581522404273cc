namespace DeFacto.Web.Api;

/// <summary>A territory in the API's list, with the addresses of its assessment, timeline and page.</summary>
public sealed record TerritoryItem(string Id, string Name, string? OfficialName, string? Parent, string? Patron, string Assessment, string Timeline, string Page);
