using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DeFacto.Benchmarks.AssessmentBenchmarks).Assembly).Run(args);
