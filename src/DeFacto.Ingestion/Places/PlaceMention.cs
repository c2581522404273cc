namespace DeFacto.Ingestion.Places;

/// <summary>A place named in a sentence: tokens [FirstToken, FirstToken + TokenCount), by name or by adjective.</summary>
internal readonly record struct PlaceMention(string PlaceId, int FirstToken, int TokenCount, int Start, int End, bool ByAdjective);
