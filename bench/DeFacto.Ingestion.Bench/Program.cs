using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DeFacto.Dataset;
using DeFacto.Ingestion;

// A tiny harness around the ingestion pipeline, for bench/ingest-throughput.sh:
//   bench DATA_DIR terms OUT_FILE        write the codebook's cue terms, one per line (the grep baseline)
//   bench DATA_DIR json FILE             print one document's candidates in the ingest JSON contract
//   bench DATA_DIR throughput DIR        ingest every file under DIR; print "bytes seconds MB/s candidates errors cpu-seconds"
//   bench DATA_DIR profile DIR           time each stage separately
//   bench DATA_DIR dump DIR OUT_FILE     every document's candidates in the ingest JSON contract, in name order (to diff two builds)
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: bench DATA_DIR (terms OUT | json FILE | throughput DIR)");
    return 2;
}

var load = DatasetReader.Load(args[0]);
if (load.Dataset is not { } dataset)
{
    foreach (var problem in load.Problems.Take(10))
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

var pipeline = IngestionPipeline.Create(dataset.Codebook, dataset.Registry);
switch (args[1])
{
    case "terms":
        File.WriteAllLines(args[2], pipeline.CueTerms());
        return 0;
    case "json":
        {
            var result = pipeline.Run(DocumentInput.FromBytes(Path.GetFileName(args[2]), File.ReadAllBytes(args[2])));
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            IngestionJson.Write(result, writer);
            writer.Flush();
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"{error.Document}: {error.Message}");
            }

            return 0;
        }

    case "throughput":
        {
            var files = Directory.GetFiles(args[2], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            var contents = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
            long bytes = contents.Sum(c => (long)c.Bytes.Length);

            // Warm up the JIT on a few documents so the timing measures the steady state of a long batch.
            foreach (var (name, content) in contents.Take(20))
            {
                pipeline.Run(DocumentInput.FromBytes(name, content));
            }

            var candidates = 0L;
            var errors = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (name, content) in contents)
            {
                var result = pipeline.Run(DocumentInput.FromBytes(name, content));
                candidates += result.Observations.Count + result.Events.Count;
                errors += result.Errors.Count;
            }

            clock.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes} {seconds:0.000} {bytes / 1e6 / seconds:0.00} {candidates} {errors} {cpu:0.000}"));
            return 0;
        }

    case "dump":
        {
            var files = Directory.GetFiles(args[2], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            using var output = File.Create(args[3]);
            using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartArray();
            foreach (var file in files)
            {
                var result = pipeline.Run(DocumentInput.FromBytes(Path.GetFileName(file), File.ReadAllBytes(file)));
                writer.WriteStartObject();
                writer.WriteString("file", Path.GetFileName(file));
                writer.WriteStartArray("errors");
                foreach (var error in result.Errors)
                {
                    writer.WriteStringValue(error.Message);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("result");
                IngestionJson.Write(result, writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            return 0;
        }

    case "profile":
        DeFacto.Ingestion.Bench.StageProfile.Run(dataset.Codebook, dataset.Registry, args[2]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode '{args[1]}'");
        return 2;
}
