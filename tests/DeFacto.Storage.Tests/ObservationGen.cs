using CsCheck;
using DeFacto.Core.Coding;
using DeFacto.Core.Evidence;
using DeFacto.Core.Time;

namespace DeFacto.Storage.Tests;

/// <summary>Valid observations of the bundled codebook and registry, with awkward text in the free fields.</summary>
internal static class ObservationGen
{
    private static readonly Gen<char> TextChar = Gen.Char["abcxyz XYZ019:#'\"-,.é—“”\\%[]{}&*!"];

    private static readonly Gen<string> Text = TextChar.Array[1, 30].Select(chars => new string(chars))
        .Where(s => s.Trim().Length > 0);

    private static readonly Gen<string> Quote = Gen.String[Gen.Char.AlphaNumeric, 1, 8].Array[1, 12].Select(words => string.Join(' ', words));

    private static Gen<PartialDate> Date { get; } =
        Gen.Select(Gen.Int[1990, 2030], Gen.Int[0, 12], Gen.Int[0, 28], (y, m, d) =>
            PartialDate.Parse(m == 0 ? $"{y}" : d == 0 ? $"{y}-{m:00}" : $"{y}-{m:00}-{d:00}").Value);

    public static Gen<Observation[]> Many(Core.Dataset data, int max)
    {
        var territories = data.Registry.Territories.Select(t => t.Id).ToArray();
        var indicators = data.Codebook.Indicators.ToArray();
        var sources = data.Ledger.Sources.Select(s => s.Id).ToArray();
        var one = Gen.Select(Gen.OneOf(territories), Gen.OneOf(indicators), Gen.OneOf(sources), Date, Text, Quote,
                (t, i, s, d, l, q) => (V0: t, V1: i, V2: s, V3: d, V4: l, V5: q))
            .SelectMany(x => Value(x.V1).Select(Gen.Double[0, 1], Gen.OneOf<string?>([null, .. data.Codebook.QualifierIds]), Gen.Bool,
                Text.Null(), Gen.OneOf<string?>(null, "analyst", "someone else"),
                (value, confidence, qualifier, pledged, note, coder) => Observation.Create(
                    id: "generated", territory: x.V0, indicator: x.V1.Id, value: value, status: pledged ? EvidenceStatus.Pledged : EvidenceStatus.InPlace,
                    asOf: x.V3, source: x.V2, locator: x.V4, quote: x.V5, unit: x.V1.Unit, qualifier: qualifier, coder: coder, confidence: confidence,
                    note: note).Value));
        return one.Array[0, max].Select(list => list.Select((o, i) => o with { Id = $"generated-{i}" }).ToArray());
    }

    private static Gen<ObservedValue> Value(Indicator indicator)
    {
        if (!indicator.IsNumeric)
        {
            return Gen.OneOf(indicator.Anchors.Select(a => ObservedValue.OfCategory(a.Id)).ToArray());
        }

        var low = indicator.Minimum ?? 0;
        var high = indicator.Maximum ?? 1_000_000;
        var number = Gen.Double[low, high];
        return Gen.Frequency((3, number.Select(ObservedValue.OfPoint)),
            (1, Gen.Select(number, number, (a, b) => ObservedValue.OfInterval(Math.Min(a, b), Math.Max(a, b)))));
    }
}
