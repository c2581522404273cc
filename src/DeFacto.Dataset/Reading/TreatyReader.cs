using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;

namespace DeFacto.Dataset.Reading;

/// <summary>Reads a <c>treaties/*.yaml</c> file: one treaty, its dates and its coded provisions.</summary>
internal static class TreatyReader
{
    public static Treaty? Read(FieldReader r, ReadContext context, string file)
    {
        r.AllowOnly("id", "title", "parties", "signed", "ratified", "in_force", "term", "source", "locator", "provisions", "note");
        var id = r.String("id", required: true);
        if (id is not null)
        {
            context.Claim(id, r, file);
        }

        var parties = r.Strings("parties", required: true);
        foreach (var party in parties)
        {
            context.CheckPlace(r, "parties", party);
        }

        var ratified = new List<Ratification>();
        foreach (var item in r.Items("ratified"))
        {
            item.AllowOnly("party", "date", "source", "locator");
            var party = item.String("party", required: true);
            context.CheckPlace(item, "party", party);
            if (item.Date("date", required: true) is { } date && party is not null)
            {
                ratified.Add(new Ratification(party, date));
            }
        }

        context.CheckSource(r);
        var provisions = r.Items("provisions").Select(p => ReadProvision(p, context, file)).OfType<Provision>().ToList();
        var title = r.String("title", required: true);
        var signed = r.Date("signed");
        var inForce = r.Date("in_force");
        if (signed is { } s && inForce is { } f && f < s)
        {
            r.Problem("in_force", $"{f} is before the signature ({s})");
        }

        // A treaty without a source (reported above) makes no events or pledges: those cite the treaty's source.
        if (id is null || title is null || r.String("source") is null)
        {
            return null;
        }

        return new Treaty
        {
            Id = id,
            Title = title,
            Parties = parties,
            SignedOn = signed,
            Ratified = ratified,
            InForce = inForce,
            Term = r.String("term"),
            Source = r.String("source") ?? "",
            Locator = r.String("locator"),
            Provisions = provisions,
            Note = r.String("note"),
        };
    }

    private static Provision? ReadProvision(FieldReader r, ReadContext context, string file)
    {
        r.AllowOnly("id", "article", "territory", "indicator", "value", "low", "high", "category", "unit", "obligation", "source", "locator", "quote", "note");
        var id = r.String("id", required: true);
        if (id is not null)
        {
            context.Claim(id, r, file);
        }

        var territory = r.String("territory", required: true);
        context.CheckPlace(r, "territory", territory, PlaceKind.Territory);
        var indicator = ValueReader.ReadIndicator(r, context.Codebook);
        var value = ValueReader.Read(r, indicator);
        var obligation = r.OneOf("obligation", Vocabulary.Obligations, required: true);
        context.CheckSource(r);
        var locator = r.String("locator", required: true);
        var quote = ValueReader.ReadQuote(r, required: true);
        if (id is null || territory is null || indicator is null || value is null || obligation is null || locator is null || r.String("source") is null)
        {
            return null;
        }

        return new Provision
        {
            Id = id,
            Article = r.String("article"),
            Territory = territory,
            Indicator = indicator.Id,
            Value = value.Value,
            Unit = r.String("unit") ?? indicator.Unit,
            Obligation = obligation,
            Source = r.String("source") ?? "",
            Locator = locator,
            Quote = quote,
            Note = r.String("note"),
        };
    }
}
