using System.Globalization;

namespace PerfMetrics.Fuzz;

/// <summary>Runs a harness over saved inputs (AFL's crashes, hangs or queue folders, or single files) without AFL.</summary>
internal static class Replay
{
    /// <summary>Runs <paramref name="target"/> on every file named (folders: every file inside, sorted by name).</summary>
    /// <returns>0 when every input passed, 1 when any escaped an exception.</returns>
    public static int Run(Action<byte[]> target, IEnumerable<string> paths)
    {
        var files = paths
            .SelectMany<string, string>(path => Directory.Exists(path)
                ? Directory.GetFiles(path).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                : [path])
            .ToList();
        var failures = 0;
        var distinct = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            try
            {
                target(data);
                Console.WriteLine($"ok      {file}");
            }
#pragma warning disable CA1031 // Replay reports whatever escaped the harness: that is the finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                var frame = ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("PerfMetrics.", StringComparison.Ordinal) && !l.Contains(nameof(InvariantViolationException), StringComparison.Ordinal)) ?? "?";
                var key = $"{ex.GetType().FullName} at {frame}";
                distinct[key] = distinct.GetValueOrDefault(key) + 1;
                Console.WriteLine($"FAILED  {file}: {ex.GetType().FullName}: {ex.Message}");
                Console.WriteLine($"        {frame}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} inputs, {failures} failed, {distinct.Count} distinct failure sites"));
        foreach (var (key, count) in distinct)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5} x {key}"));
        }

        return failures == 0 ? 0 : 1;
    }
}
