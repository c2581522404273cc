using BenchmarkDotNet.Attributes;
using DeFacto.Core.Scoring;
using DeFacto.Dataset;

namespace DeFacto.Benchmarks;

/// <summary>
/// One whole assessment of South Ossetia on the bundled dataset (goal: under 5 ms with 2,000 draws),
/// against the same assessment with a single draw as the in-run baseline: the ratio is the Monte Carlo's cost.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private Assessor _assessor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = DatasetReader.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        if (!result.Ok)
        {
            throw new InvalidOperationException(string.Join("\n", result.Problems));
        }

        _assessor = new Assessor(result.Dataset!.Codebook, result.Dataset.Ledger, result.Dataset.Registry);
    }

    [Benchmark(Baseline = true)]
    public Assessment OneDraw() => _assessor.Assess(Request(1));

    [Benchmark]
    public Assessment TwoThousandDraws() => _assessor.Assess(Request(2000));

    [Benchmark]
    public Assessment TwoThousandDrawsCommitments() => _assessor.Assess(Request(2000) with { Basis = Basis.Commitments });

    private static AssessmentRequest Request(int draws) => new("south-ossetia", new DateOnly(2015, 6, 30), Basis.Practice, draws, 20150318);
}
