namespace DeFacto.Ingestion.Quantities;

/// <summary>The words around a figure that give its unit or scale: per cent, thousand, roubles, "$".</summary>
internal static class QuantityLexicon
{
    public static readonly Dictionary<string, double> Multipliers = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3,
        ["thousands"] = 1e3,
        ["k"] = 1e3,
        ["tsd"] = 1e3,
        ["тыс"] = 1e3,
        ["тысяч"] = 1e3,
        ["тысячи"] = 1e3,
        ["тысяча"] = 1e3,
        ["million"] = 1e6,
        ["millions"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["mio"] = 1e6,
        ["млн"] = 1e6,
        ["миллиона"] = 1e6,
        ["миллионов"] = 1e6,
        ["миллион"] = 1e6,
        ["billion"] = 1e9,
        ["billions"] = 1e9,
        ["bn"] = 1e9,
        ["bln"] = 1e9,
        ["mrd"] = 1e9,
        ["млрд"] = 1e9,
        ["миллиарда"] = 1e9,
        ["миллиардов"] = 1e9,
        ["миллиард"] = 1e9,
        ["trillion"] = 1e12,
        ["трлн"] = 1e12,
    };

    public static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["dollar"] = "USD",
        ["dollars"] = "USD",
        ["usd"] = "USD",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["eur"] = "EUR",
        ["rouble"] = "RUB",
        ["roubles"] = "RUB",
        ["ruble"] = "RUB",
        ["rubles"] = "RUB",
        ["rub"] = "RUB",
        ["руб"] = "RUB",
        ["рублей"] = "RUB",
        ["рубля"] = "RUB",
        ["рубль"] = "RUB",
        ["lari"] = "GEL",
        ["gel"] = "GEL",
        ["lira"] = "TRY",
        ["liras"] = "TRY",
        ["try"] = "TRY",
        ["dram"] = "AMD",
        ["drams"] = "AMD",
        ["amd"] = "AMD",
        ["pound"] = "GBP",
        ["pounds"] = "GBP",
        ["hryvnia"] = "UAH",
        ["hryvnias"] = "UAH",
        ["leu"] = "MDL",
        ["lei"] = "MDL",
        ["manat"] = "AZN",
        ["долларов"] = "USD",
    };

    public static readonly Dictionary<char, string> CurrencySymbols = new()
    {
        ['$'] = "USD",
        ['€'] = "EUR",
        ['£'] = "GBP",
        ['₽'] = "RUB",
        ['₾'] = "GEL",
        ['₺'] = "TRY",
        ['֏'] = "AMD",
        ['₴'] = "UAH",
    };

    public static readonly HashSet<string> PercentWords = new(StringComparer.Ordinal)
    {
        "percent", "pct", "prozent", "процентов", "процента", "процент", "procent", "proc",
    };

    /// <summary>Words after which a number is a label, not a quantity ("Article 3", "No. 12").</summary>
    public static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "article", "articles", "art", "arts", "paragraph", "paragraphs", "para", "paras", "no", "nos", "number", "section",
        "sections", "chapter", "chapters", "clause", "clauses", "point", "points", "resolution", "page", "pages", "p", "pp",
        "part", "annex", "item", "статья", "статьи", "статьей", "статьёй", "пункт", "пункта", "п", "ч", "часть", "№", "fig", "table", "vol",
        "comment", "issue", "protocol",
    };

    /// <summary>Units of measure: a figure followed by one is a length, area, weight or duration, not a head count.</summary>
    public static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "km", "km2", "km²", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
        "square", "sq", "hectare", "hectares", "ha", "tonne", "tonnes", "ton", "tons", "kg", "kilograms", "mw", "kwh", "gw", "bcm",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "km-long", "metre-long",
        "км", "кв", "лет", "года", "дней", "тонн", "м",
    };

    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["february"] = 2,
        ["march"] = 3,
        ["april"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["july"] = 7,
        ["august"] = 8,
        ["september"] = 9,
        ["october"] = 10,
        ["november"] = 11,
        ["december"] = 12,
        ["jan"] = 1,
        ["feb"] = 2,
        ["mar"] = 3,
        ["apr"] = 4,
        ["jun"] = 6,
        ["jul"] = 7,
        ["aug"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["oct"] = 10,
        ["nov"] = 11,
        ["dec"] = 12,
        ["января"] = 1,
        ["февраля"] = 2,
        ["марта"] = 3,
        ["апреля"] = 4,
        ["мая"] = 5,
        ["июня"] = 6,
        ["июля"] = 7,
        ["августа"] = 8,
        ["сентября"] = 9,
        ["октября"] = 10,
        ["ноября"] = 11,
        ["декабря"] = 12,
        ["январь"] = 1,
        ["февраль"] = 2,
        ["март"] = 3,
        ["апрель"] = 4,
        ["май"] = 5,
        ["июнь"] = 6,
        ["июль"] = 7,
        ["август"] = 8,
        ["сентябрь"] = 9,
        ["октябрь"] = 10,
        ["ноябрь"] = 11,
        ["декабрь"] = 12,
        ["januar"] = 1,
        ["februar"] = 2,
        ["märz"] = 3,
        ["juni"] = 6,
        ["juli"] = 7,
        ["oktober"] = 10,
        ["dezember"] = 12,
    };
}
