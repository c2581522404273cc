using DeFacto.Core.Registry;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads <c>territories.yaml</c>: states, then territories whose parent and patron are states.</summary>
internal static class RegistryReader
{
    private static readonly string[] Fields =
        ["id", "name", "official_name", "parent", "patron", "capital", "iso3166_1", "iso3166_2", "iso3166_2_related", "aliases", "adjectives", "until",
         "since", "since_source", "since_locator", "not_applicable",
         "iso3166_1_alpha3", "cow_ccode", "gw_code", "vdem_country_id", "numeric_id"];

    public static PlaceRegistry Read(FieldReader root)
    {
        root.AllowOnly("states", "territories");
        var places = new List<Place>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, kind) in root.Items("states", required: true).Select(i => (i, PlaceKind.State))
                     .Concat(root.Items("territories", required: true).Select(i => (i, PlaceKind.Territory))))
        {
            item.AllowOnly(Fields);
            var id = item.String("id", required: true);
            var name = item.String("name", required: true);
            if (id is null || name is null)
            {
                continue;
            }

            if (!Ids.IsValid(id))
            {
                item.Problem("id", $"'{id}' should be lower-case kebab-case (letters, digits, hyphens)");
            }

            if (!seen.Add(id))
            {
                item.Problem("id", $"'{id}' is defined twice");
            }

            places.Add(new Place
            {
                Id = id,
                Name = name,
                Kind = kind,
                OfficialName = item.String("official_name"),
                Parent = item.String("parent", required: kind == PlaceKind.Territory),
                Patron = item.String("patron", required: kind == PlaceKind.Territory),
                Capital = item.String("capital"),
                Iso3166Alpha2 = item.String("iso3166_1"),
                Iso3166Subdivision = item.String("iso3166_2"),
                Aliases = item.Strings("aliases"),
                Adjectives = item.Strings("adjectives"),
                Until = item.Date("until"),
                Since = item.Date("since"),
                SinceSource = item.String("since_source", required: kind == PlaceKind.Territory && item.Has("since")),
                SinceLocator = item.String("since_locator", required: kind == PlaceKind.Territory && item.Has("since")),
                NotApplicable = NotApplicable(item),
                Codes = new CountryCodes(item.String("iso3166_1_alpha3"), WholeNumber(item, "cow_ccode"), WholeNumber(item, "gw_code"), WholeNumber(item, "vdem_country_id")),
                NumericId = WholeNumber(item, "numeric_id"),
            });
            if (places[^1] is { Since: { } since, Until: { } until } && since.Start >= until.Start)
            {
                item.Problem("since", $"{since} is not before until {until}");
            }
        }

        var states = places.Where(p => p.Kind == PlaceKind.State).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (item, place) in root.Items("territories").Zip(places.Where(p => p.Kind == PlaceKind.Territory)))
        {
            foreach (var (field, value) in new[] { ("parent", place.Parent), ("patron", place.Patron) })
            {
                if (value is not null && !states.Contains(value))
                {
                    item.Problem(field, $"'{value}' is not a state of the registry");
                }
            }
        }

        return new PlaceRegistry(places);
    }

    private static int? WholeNumber(FieldReader item, string field)
    {
        if (item.Number(field) is not { } value)
        {
            return null;
        }

        if (value is >= 1 and <= int.MaxValue && value == Math.Floor(value))
        {
            return (int)value;
        }

        item.Problem(field, $"'{value}' should be a positive whole number");
        return null;
    }

    /// <summary>Checks that each territory's <c>since_source</c> names a source, once the sources are read.</summary>
    public static void CheckSources(FieldReader root, ReadContext context)
    {
        foreach (var item in root.Items("territories"))
        {
            if (item.Has("since_source"))
            {
                context.CheckSource(item, "since_source");
            }
        }
    }

    // Domains are checked against the codebook in DatasetReader, which has it; here only the shape.
    private static Dictionary<string, string> NotApplicable(FieldReader item)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.Child("not_applicable") is not { } child)
        {
            return map;
        }

        foreach (var key in child.Map.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>())
        {
            var domain = key.Value ?? "";
            if (child.String(domain, required: true) is { } reason)
            {
                map[domain] = reason;
            }
        }

        return map;
    }
}
