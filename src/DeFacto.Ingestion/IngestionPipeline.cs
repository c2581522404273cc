using DeFacto.Core.Coding;
using DeFacto.Core.Registry;
using DeFacto.Ingestion.Cleaning;
using DeFacto.Ingestion.Cues;
using DeFacto.Ingestion.Places;
using DeFacto.Ingestion.Reading;

namespace DeFacto.Ingestion;

/// <summary>
/// document → plain text → cleaned text → sentences → candidate facts and events. Built once from the
/// codebook and the registry (the only things extraction reads besides the document), then run per
/// document; a bad document yields a result with an error, never an exception.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly Dictionary<DocumentFormat, IDocumentReader> _readers;
    private readonly DocumentAnalyser _analyser;
    private readonly IngestionLimits _limits;

    private IngestionPipeline(Codebook codebook, PlaceRegistry registry, IngestionLimits limits)
    {
        _limits = limits;
        _readers = new IDocumentReader[] { new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new PdfReader() }
            .ToDictionary(r => r.Format);
        _analyser = new DocumentAnalyser(new CueBook(codebook, registry), new Gazetteer(registry), codebook, registry, limits);
    }

    public static IngestionPipeline Create(Codebook codebook, PlaceRegistry registry) => Create(codebook, registry, IngestionLimits.Default);

    public static IngestionPipeline Create(Codebook codebook, PlaceRegistry registry, IngestionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(limits);
        return new IngestionPipeline(codebook, registry, limits);
    }

    /// <summary>The codebook's cue terms as plain phrases (for a grep baseline or a review screen).</summary>
    public IEnumerable<string> CueTerms() => _analyser.Cues.PlainTerms();

    public IngestionResult Run(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = string.IsNullOrWhiteSpace(input.Name) ? "(unnamed)" : input.Name;
        // The size as stored (UTF-8 for text), not as held in memory: 70 MB of text is not "139 MB".
        var size = input.Text is { } t ? System.Text.Encoding.UTF8.GetByteCount(t) : input.Bytes?.Length ?? 0;
        if (input.Text is null && input.Bytes is null)
        {
            return IngestionResult.Failure(name, "no content was given: pass the document's bytes or text");
        }

        if (size > _limits.MaxBytes)
        {
            return IngestionResult.Failure(name, $"the document is {size / (1024 * 1024)} MB; documents over {_limits.MaxBytes / (1024 * 1024)} MB are not read (split it, or extract the part you need)");
        }

        try
        {
            var raw = new RawDocument(name, input.Bytes ?? ReadOnlyMemory<byte>.Empty, input.Text);
            var format = FormatDetector.Detect(raw, input.FormatHint ?? Path.GetExtension(name));
            var outcome = _readers[format].Read(raw);
            if (outcome.Document is not { } document)
            {
                return IngestionResult.Failure(name, outcome.Error ?? "the document could not be read");
            }

            var cleaned = TextCleaner.Clean(document.Plain);
            return _analyser.Analyse(name, document, cleaned, input);
        }
#pragma warning disable CA1031 // The batch promise: whatever goes wrong inside one document becomes that document's error.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return IngestionResult.Failure(name, $"the document could not be processed ({e.GetType().Name}: {e.Message})");
        }
    }
}
