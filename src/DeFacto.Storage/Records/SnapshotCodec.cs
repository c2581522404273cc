using System.Text;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Registry;
using DeFacto.Core.Reliability;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Records;

/// <summary>
/// The prepared dataset as one compact binary value: what <see cref="LedgerReader.Load"/> builds from the
/// stored YAML and rows, written once and read back in one pass on later starts (see <see cref="Snapshots"/>).
/// Every record is rebuilt through its Core factory, so a snapshot can hold nothing the factories refuse.
/// Plain loops and no reflection: this runs at every start of the command-line tool.
/// </summary>
internal static class SnapshotCodec
{
    /// <summary>Bumped whenever the layout below changes; part of every snapshot's key.</summary>
    public const int Format = 1;

    public static byte[] Write(Core.Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            WriteCodebook(w, dataset.Codebook);
            WriteCount(w, dataset.Registry.Places.Count);
            foreach (var place in dataset.Registry.Places)
            {
                WritePlace(w, place);
            }

            var ledger = dataset.Ledger;
            WriteCount(w, ledger.Sources.Count);
            foreach (var source in ledger.Sources)
            {
                WriteSource(w, source);
            }

            WriteCount(w, ledger.CodedObservations.Count);
            foreach (var observation in ledger.CodedObservations)
            {
                WriteObservation(w, observation);
            }

            WriteCount(w, ledger.CodedEvents.Count);
            foreach (var e in ledger.CodedEvents)
            {
                WriteEvent(w, e);
            }

            WriteCount(w, ledger.Treaties.Count);
            foreach (var treaty in ledger.Treaties)
            {
                WriteTreaty(w, treaty);
            }

            WriteCount(w, dataset.Codings.Count);
            foreach (var coding in dataset.Codings)
            {
                WriteCoding(w, coding);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The dataset a snapshot holds; a <see cref="FormatException"/> when it is cut short or damaged.</summary>
    public static Core.Dataset Read(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
        try
        {
            var codebook = ReadCodebook(r);
            var places = new Place[ReadCount(r)];
            for (var i = 0; i < places.Length; i++)
            {
                places[i] = ReadPlace(r);
            }

            var sources = new Source[ReadCount(r)];
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = ReadSource(r);
            }

            var observations = new Observation[ReadCount(r)];
            for (var i = 0; i < observations.Length; i++)
            {
                observations[i] = ReadObservation(r);
            }

            var events = new Event[ReadCount(r)];
            for (var i = 0; i < events.Length; i++)
            {
                events[i] = ReadEvent(r);
            }

            var treaties = new Treaty[ReadCount(r)];
            for (var i = 0; i < treaties.Length; i++)
            {
                treaties[i] = ReadTreaty(r);
            }

            var codings = new ObservationCoding[ReadCount(r)];
            for (var i = 0; i < codings.Length; i++)
            {
                codings[i] = ReadCoding(r);
            }

            if (r.BaseStream.Position != r.BaseStream.Length)
            {
                throw new FormatException("the snapshot has bytes after its last record");
            }

            return new Core.Dataset(codebook, new PlaceRegistry(places), new Ledger(sources, observations, events, treaties)) { Codings = codings };
        }
        catch (IOException e)
        {
            // Cut short, or a length that runs past the end.
            throw new FormatException("the snapshot is cut short or damaged: " + e.Message, e);
        }
    }

    private static void WriteCodebook(BinaryWriter w, Codebook c)
    {
        w.Write(c.Version);
        WriteCount(w, c.Domains.Count);
        foreach (var d in c.Domains)
        {
            w.Write(d.Id);
            w.Write(d.Label);
            w.Write(d.Weight);
            w.Write(d.Functional);
            w.Write(d.Description);
        }

        WriteCount(w, c.Indicators.Count);
        foreach (var i in c.Indicators)
        {
            WriteIndicator(w, i);
        }

        WriteCount(w, c.Qualifiers.Count);
        foreach (var q in c.Qualifiers)
        {
            w.Write(q.Id);
            w.Write(q.ShareSpread);
            w.Write(q.RelativeSpread);
            w.Write(q.CategoryReliability);
            w.Write(q.Explanation);
        }

        var t = c.Thresholds;
        w.Write(t.Patronage);
        w.Write(t.Integration);
        w.Write(t.DeFactoIndex);
        w.Write(t.DeFactoDomainMinimum);
        w.Write(t.DeFactoMinimumDomains);
        w.Write(c.FreshYears);
        w.Write(c.StaleAfterYears);
        w.Write(c.UnobservedPrior.Low);
        w.Write(c.UnobservedPrior.High);
        w.Write(c.MinCurrentDomains);
        w.Write(c.MinStageProbability);
        w.Write(c.ThinEvidenceDomains);
        w.Write(c.PledgeGraceYears);
        WriteCount(w, c.EvidenceEndingEvents.Count);
        foreach (var (type, domains) in c.EvidenceEndingEvents)
        {
            w.Write(type);
            WriteStrings(w, domains);
        }

        w.Write(c.DefaultDraws);
        w.Write(c.DefaultSeed);
    }

    private static Codebook ReadCodebook(BinaryReader r)
    {
        var version = r.ReadString();
        var domains = new Domain[ReadCount(r)];
        for (var i = 0; i < domains.Length; i++)
        {
            domains[i] = new Domain(r.ReadString(), r.ReadString(), r.ReadDouble(), r.ReadBoolean(), r.ReadString());
        }

        var indicators = new Indicator[ReadCount(r)];
        for (var i = 0; i < indicators.Length; i++)
        {
            indicators[i] = ReadIndicator(r);
        }

        var qualifiers = new QualifierUncertainty[ReadCount(r)];
        for (var i = 0; i < qualifiers.Length; i++)
        {
            qualifiers[i] = new QualifierUncertainty(r.ReadString(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadString());
        }

        var thresholds = new StageThresholds(r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadInt32());
        var fresh = r.ReadDouble();
        var stale = r.ReadDouble();
        var prior = new UniformPrior(r.ReadDouble(), r.ReadDouble());
        var minCurrent = r.ReadInt32();
        var minProbability = r.ReadDouble();
        var thin = r.ReadInt32();
        var grace = r.ReadDouble();
        var ending = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var n = ReadCount(r); n > 0; n--)
        {
            ending[r.ReadString()] = ReadStrings(r);
        }

        return new Codebook
        {
            Version = version,
            Domains = domains,
            Indicators = indicators,
            Qualifiers = qualifiers,
            Thresholds = thresholds,
            FreshYears = fresh,
            StaleAfterYears = stale,
            UnobservedPrior = prior,
            MinCurrentDomains = minCurrent,
            MinStageProbability = minProbability,
            ThinEvidenceDomains = thin,
            PledgeGraceYears = grace,
            EvidenceEndingEvents = ending,
            DefaultDraws = r.ReadInt32(),
            DefaultSeed = r.ReadUInt64(),
        };
    }

    private static void WriteIndicator(BinaryWriter w, Indicator i)
    {
        w.Write(i.Id);
        w.Write(i.Domain);
        w.Write(i.Question);
        w.Write((int)i.Scale);
        w.Write((int)i.Role);
        WriteOptional(w, i.Unit);
        WriteCount(w, i.Anchors.Count);
        foreach (var a in i.Anchors)
        {
            w.Write(a.Id);
            WriteOptional(w, a.Score);
            w.Write(a.Label);
            WriteStrings(w, a.Cues);
            w.Write((int)a.Holder);
        }

        w.Write(i.Goalposts is not null);
        if (i.Goalposts is { } g)
        {
            w.Write(g.Min);
            w.Write(g.Max);
        }

        WriteOptional(w, i.Minimum);
        WriteOptional(w, i.Maximum);
        w.Write(i.Weight);
        w.Write(i.Guidance);
        WriteStrings(w, i.CueTerms);
        w.Write(i.Derivation is not null);
        if (i.Derivation is { } d)
        {
            WriteStrings(w, d.Numerator);
            WriteStrings(w, d.Denominator);
            w.Write(d.NumeratorInDenominator);
        }

        WriteOptional(w, i.AnnexationValue);
        WriteCount(w, i.Holders.Count);
        foreach (var h in i.Holders)
        {
            w.Write((int)h);
        }
    }

    private static Indicator ReadIndicator(BinaryReader r)
    {
        var id = r.ReadString();
        var domain = r.ReadString();
        var question = r.ReadString();
        var scale = (Scale)r.ReadInt32();
        var role = (IndicatorRole)r.ReadInt32();
        var unit = ReadOptionalString(r);
        var anchors = new Anchor[ReadCount(r)];
        for (var k = 0; k < anchors.Length; k++)
        {
            anchors[k] = new Anchor(r.ReadString(), ReadOptionalDouble(r), r.ReadString()) { Cues = ReadStrings(r), Holder = (Holder)r.ReadInt32() };
        }

        Goalposts? goalposts = r.ReadBoolean() ? new Goalposts(r.ReadDouble(), r.ReadDouble()) : null;
        var minimum = ReadOptionalDouble(r);
        var maximum = ReadOptionalDouble(r);
        var weight = r.ReadDouble();
        var guidance = r.ReadString();
        var cueTerms = ReadStrings(r);
        var derivation = r.ReadBoolean() ? new Derivation(ReadStrings(r), ReadStrings(r), r.ReadBoolean()) : null;
        var annexation = ReadOptionalString(r);
        var holders = new Holder[ReadCount(r)];
        for (var k = 0; k < holders.Length; k++)
        {
            holders[k] = (Holder)r.ReadInt32();
        }

        return new Indicator
        {
            Id = id,
            Domain = domain,
            Question = question,
            Scale = scale,
            Role = role,
            Unit = unit,
            Anchors = anchors,
            Goalposts = goalposts,
            Minimum = minimum,
            Maximum = maximum,
            Weight = weight,
            Guidance = guidance,
            CueTerms = cueTerms,
            Derivation = derivation,
            AnnexationValue = annexation,
            Holders = holders,
        };
    }

    private static void WritePlace(BinaryWriter w, Place p)
    {
        w.Write(p.Id);
        w.Write(p.Name);
        w.Write((int)p.Kind);
        WriteOptional(w, p.OfficialName);
        WriteOptional(w, p.Parent);
        WriteOptional(w, p.Patron);
        WriteOptional(w, p.Capital);
        WriteOptional(w, p.Iso3166Alpha2);
        WriteOptional(w, p.Iso3166Subdivision);
        WriteOptional(w, p.Codes.IsoAlpha3);
        WriteOptional(w, p.Codes.Cow);
        WriteOptional(w, p.Codes.GleditschWard);
        WriteOptional(w, p.Codes.VdemCountryId);
        WriteOptional(w, p.NumericId);
        WriteStrings(w, p.Aliases);
        WriteOptional(w, p.Until);
        WriteOptional(w, p.Since);
        WriteOptional(w, p.SinceSource);
        WriteOptional(w, p.SinceLocator);
        WriteCount(w, p.NotApplicable.Count);
        foreach (var (domain, reason) in p.NotApplicable)
        {
            w.Write(domain);
            w.Write(reason);
        }

        WriteStrings(w, p.Adjectives);
    }

    private static Place ReadPlace(BinaryReader r)
    {
        var place = new Place
        {
            Id = r.ReadString(),
            Name = r.ReadString(),
            Kind = (PlaceKind)r.ReadInt32(),
            OfficialName = ReadOptionalString(r),
            Parent = ReadOptionalString(r),
            Patron = ReadOptionalString(r),
            Capital = ReadOptionalString(r),
            Iso3166Alpha2 = ReadOptionalString(r),
            Iso3166Subdivision = ReadOptionalString(r),
            Codes = new CountryCodes(ReadOptionalString(r), ReadOptionalInt(r), ReadOptionalInt(r), ReadOptionalInt(r)),
            NumericId = ReadOptionalInt(r),
            Aliases = ReadStrings(r),
            Until = ReadOptionalDate(r),
            Since = ReadOptionalDate(r),
            SinceSource = ReadOptionalString(r),
            SinceLocator = ReadOptionalString(r),
        };
        var notApplicable = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = ReadCount(r); n > 0; n--)
        {
            notApplicable[r.ReadString()] = r.ReadString();
        }

        return place with { NotApplicable = notApplicable, Adjectives = ReadStrings(r) };
    }

    private static void WriteSource(BinaryWriter w, Source s)
    {
        w.Write(s.Id);
        w.Write(s.Kind);
        w.Write(s.Title);
        WriteStrings(w, s.Authors);
        WriteOptional(w, s.Publisher);
        WriteOptional(w, s.Container);
        WriteOptional(w, s.Number);
        WriteOptional(w, s.Published);
        WriteOptional(w, s.Url);
        w.Write(s.Accessed is not null);
        if (s.Accessed is { } accessed)
        {
            w.Write(accessed.DayNumber);
        }

        WriteOptional(w, s.Language);
        WriteOptional(w, s.Note);
    }

    private static Source ReadSource(BinaryReader r)
    {
        var made = Source.Create(r.ReadString(), r.ReadString(), r.ReadString());
        var source = made.TryGetValue(out var valid) ? valid : throw new FormatException("a source in the snapshot is not valid: " + made.Error);
        return source with
        {
            Authors = ReadStrings(r),
            Publisher = ReadOptionalString(r),
            Container = ReadOptionalString(r),
            Number = ReadOptionalString(r),
            Published = ReadOptionalDate(r),
            Url = ReadOptionalString(r),
            Accessed = r.ReadBoolean() ? DateOnly.FromDayNumber(r.ReadInt32()) : null,
            Language = ReadOptionalString(r),
            Note = ReadOptionalString(r),
        };
    }

    private static void WriteObservation(BinaryWriter w, Observation o)
    {
        w.Write(o.Id);
        w.Write(o.Territory);
        w.Write(o.Indicator);
        WriteValue(w, o.Value);
        w.Write((int)o.Status);
        WriteDate(w, o.AsOf);
        w.Write(o.Source);
        w.Write(o.Locator);
        WriteOptional(w, o.Quote);
        WriteOptional(w, o.Unit);
        WriteOptional(w, o.Qualifier);
        WriteOptional(w, o.Since);
        WriteOptional(w, o.Coder);
        w.Write(o.Confidence);
        WriteOptional(w, o.Note);
        WriteOptional(w, o.Provision);
        WriteOptional(w, o.SignedOn);
        WriteOptional(w, o.InForceOn);
    }

    private static Observation ReadObservation(BinaryReader r)
    {
        var made = Observation.Create(
            r.ReadString(), r.ReadString(), r.ReadString(), ReadValue(r), (EvidenceStatus)r.ReadInt32(), ReadDate(r), r.ReadString(), r.ReadString(),
            quote: ReadOptionalString(r), unit: ReadOptionalString(r), qualifier: ReadOptionalString(r), since: ReadOptionalDate(r),
            coder: ReadOptionalString(r), confidence: r.ReadDouble(), note: ReadOptionalString(r), provision: ReadOptionalString(r),
            signedOn: ReadOptionalDate(r), inForceOn: ReadOptionalDate(r));
        return made.TryGetValue(out var valid) ? valid : throw new FormatException("an observation in the snapshot is not valid: " + made.Error);
    }

    private static void WriteEvent(BinaryWriter w, Event e)
    {
        w.Write(e.Id);
        w.Write(e.Type);
        WriteDate(w, e.Date);
        WriteStrings(w, e.Parties);
        w.Write(e.Title);
        w.Write(e.Source);
        WriteOptional(w, e.Treaty);
        WriteOptional(w, e.Locator);
        WriteOptional(w, e.Quote);
        WriteOptional(w, e.Note);
        w.Write(e.Confidence);
        w.Write(e.Ends is not null);
        if (e.Ends is { } ends)
        {
            WriteStrings(w, ends);
        }

        WriteOptional(w, e.Territory);
    }

    private static Event ReadEvent(BinaryReader r)
    {
        var made = Event.Create(
            r.ReadString(), r.ReadString(), ReadDate(r), ReadStrings(r), r.ReadString(), r.ReadString(),
            treaty: ReadOptionalString(r), locator: ReadOptionalString(r), quote: ReadOptionalString(r), note: ReadOptionalString(r),
            confidence: r.ReadDouble(), ends: r.ReadBoolean() ? ReadStrings(r) : null, territory: ReadOptionalString(r));
        return made.TryGetValue(out var valid) ? valid : throw new FormatException("an event in the snapshot is not valid: " + made.Error);
    }

    private static void WriteTreaty(BinaryWriter w, Treaty t)
    {
        w.Write(t.Id);
        w.Write(t.Title);
        WriteStrings(w, t.Parties);
        WriteOptional(w, t.SignedOn);
        WriteCount(w, t.Ratified.Count);
        foreach (var ratification in t.Ratified)
        {
            w.Write(ratification.Party);
            WriteDate(w, ratification.Date);
        }

        WriteOptional(w, t.InForce);
        WriteOptional(w, t.Term);
        w.Write(t.Source);
        WriteOptional(w, t.Locator);
        WriteCount(w, t.Provisions.Count);
        foreach (var p in t.Provisions)
        {
            w.Write(p.Id);
            WriteOptional(w, p.Article);
            w.Write(p.Territory);
            w.Write(p.Indicator);
            WriteValue(w, p.Value);
            WriteOptional(w, p.Unit);
            w.Write(p.Obligation);
            w.Write(p.Source);
            w.Write(p.Locator);
            WriteOptional(w, p.Quote);
            WriteOptional(w, p.Note);
        }

        WriteOptional(w, t.Note);
    }

    private static Treaty ReadTreaty(BinaryReader r)
    {
        var id = r.ReadString();
        var title = r.ReadString();
        var parties = ReadStrings(r);
        var signed = ReadOptionalDate(r);
        var ratified = new Ratification[ReadCount(r)];
        for (var i = 0; i < ratified.Length; i++)
        {
            ratified[i] = new Ratification(r.ReadString(), ReadDate(r));
        }

        var inForce = ReadOptionalDate(r);
        var term = ReadOptionalString(r);
        var source = r.ReadString();
        var locator = ReadOptionalString(r);
        var provisions = new Provision[ReadCount(r)];
        for (var i = 0; i < provisions.Length; i++)
        {
            provisions[i] = new Provision
            {
                Id = r.ReadString(),
                Article = ReadOptionalString(r),
                Territory = r.ReadString(),
                Indicator = r.ReadString(),
                Value = ReadValue(r),
                Unit = ReadOptionalString(r),
                Obligation = r.ReadString(),
                Source = r.ReadString(),
                Locator = r.ReadString(),
                Quote = ReadOptionalString(r),
                Note = ReadOptionalString(r),
            };
        }

        return new Treaty
        {
            Id = id,
            Title = title,
            Parties = parties,
            SignedOn = signed,
            Ratified = ratified,
            InForce = inForce,
            Term = term,
            Source = source,
            Locator = locator,
            Provisions = provisions,
            Note = ReadOptionalString(r),
        };
    }

    private static void WriteCoding(BinaryWriter w, ObservationCoding c)
    {
        w.Write(c.Observation);
        w.Write(c.Coder);
        WriteValue(w, c.Value);
        w.Write(c.Status is { } status ? (int)status : -1);
        WriteOptional(w, c.Qualifier);
        WriteOptional(w, c.Note);
        WriteDate(w, c.CodedOn);
        w.Write(c.Resolution is not null);
        if (c.Resolution is { } resolution)
        {
            WriteValue(w, resolution.Value);
            w.Write(resolution.Reason);
            WriteOptional(w, resolution.By);
            WriteOptional(w, resolution.On);
        }
    }

    private static ObservationCoding ReadCoding(BinaryReader r)
    {
        var observation = r.ReadString();
        var coder = r.ReadString();
        var value = ReadValue(r);
        var status = r.ReadInt32();
        var qualifier = ReadOptionalString(r);
        var note = ReadOptionalString(r);
        var codedOn = ReadDate(r);
        var resolution = r.ReadBoolean()
            ? new Resolution { Value = ReadValue(r), Reason = r.ReadString(), By = ReadOptionalString(r), On = ReadOptionalDate(r) }
            : null;
        return new ObservationCoding
        {
            Observation = observation,
            Coder = coder,
            Value = value,
            Status = status < 0 ? null : (EvidenceStatus)status,
            Qualifier = qualifier,
            Note = note,
            CodedOn = codedOn,
            Resolution = resolution,
        };
    }

    private static void WriteValue(BinaryWriter w, ObservedValue v)
    {
        WriteOptional(w, v.Point);
        WriteOptional(w, v.Low);
        WriteOptional(w, v.High);
        WriteOptional(w, v.Category);
    }

    private static ObservedValue ReadValue(BinaryReader r)
    {
        var made = ObservedValue.Create(ReadOptionalDouble(r), ReadOptionalDouble(r), ReadOptionalDouble(r), ReadOptionalString(r));
        return made.TryGetValue(out var valid) ? valid : throw new FormatException("a value in the snapshot is not valid: " + made.Error);
    }

    // A partial date as its text (2015, 2015-06, 2015-06-30), which is how the ledger and the files keep it.
    private static void WriteDate(BinaryWriter w, PartialDate date) => w.Write(date.ToString());

    private static PartialDate ReadDate(BinaryReader r)
    {
        var parsed = PartialDate.Parse(r.ReadString());
        return parsed.TryGetValue(out var valid) ? valid : throw new FormatException("a date in the snapshot is not valid: " + parsed.Error);
    }

    private static void WriteOptional(BinaryWriter w, PartialDate? date)
    {
        w.Write(date is not null);
        if (date is { } d)
        {
            WriteDate(w, d);
        }
    }

    private static PartialDate? ReadOptionalDate(BinaryReader r) => r.ReadBoolean() ? ReadDate(r) : null;

    private static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? ReadOptionalString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteOptional(BinaryWriter w, double? number)
    {
        w.Write(number is not null);
        if (number is { } n)
        {
            w.Write(n);
        }
    }

    private static double? ReadOptionalDouble(BinaryReader r) => r.ReadBoolean() ? r.ReadDouble() : null;

    private static void WriteOptional(BinaryWriter w, int? number)
    {
        w.Write(number is not null);
        if (number is { } n)
        {
            w.Write(n);
        }
    }

    private static int? ReadOptionalInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> items)
    {
        WriteCount(w, items.Count);
        foreach (var item in items)
        {
            w.Write(item);
        }
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var items = new string[ReadCount(r)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = r.ReadString();
        }

        return items;
    }

    private static void WriteCount(BinaryWriter w, int count) => w.Write7BitEncodedInt(count);

    private static int ReadCount(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        return count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position
            ? count
            : throw new FormatException($"the snapshot holds a count ({count}) larger than what is left of it");
    }
}
