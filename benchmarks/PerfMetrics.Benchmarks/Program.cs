using BenchmarkDotNet.Running;
using PerfMetrics.Benchmarks.Data;

if (args is [DataCheck.Argument])
{
    return DataCheck.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
