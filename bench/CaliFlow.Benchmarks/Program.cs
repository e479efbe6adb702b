using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/CaliFlow.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
