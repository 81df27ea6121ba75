using PerfMetrics.Benchmarks.Data;

namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// The 1,000,000-row path table of the attribution suites as a file. The text comes from
/// <see cref="PathTableGenerator"/> (in memory, seeded, identical to the 0.1 input made by <c>gen_paths.py --rows
/// 1000000 --seed 1</c>), so the suites need no input file and no environment variable. A file is still written,
/// to the temporary folder, because reading from a <see cref="StreamReader"/> over a file is one of the measured cases;
/// it belongs to this process and is deleted when the process exits.
/// </summary>
internal static class PathsFile
{
    private static readonly Lazy<string> Written = new(Write, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the path of the generated table, writing it on first use. Never null.</summary>
    internal static string? Locate() => Written.Value;

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfmetrics-paths-1000000-seed1-{Environment.ProcessId}.csv");
        File.WriteAllText(path, PathTableGenerator.BenchmarkCsv);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
