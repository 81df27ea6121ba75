namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// Locates the generated 1,000,000-row path table. It is never committed: make it with
/// <c>python3 ../shared/tools/gen_paths.py --rows 1000000 --seed 1 --out /tmp/paths.csv</c> and point
/// <c>PERFMETRICS_PATHS</c> at it.
/// </summary>
internal static class PathsFile
{
    internal const string Variable = "PERFMETRICS_PATHS";

    /// <summary>Returns the file's path, or null (after printing why the suite is skipped) when it is not there.</summary>
    internal static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            Console.WriteLine(
                $"// SKIPPED: {Variable} is not set or names no file ('{path}'). Generate the table with " +
                "`python3 ../shared/tools/gen_paths.py --rows 1000000 --seed 1 --out /tmp/paths.csv` and set " +
                $"{Variable}=/tmp/paths.csv. Every benchmark of this suite returns immediately; its numbers mean nothing.");
            return null;
        }

        return path;
    }
}
