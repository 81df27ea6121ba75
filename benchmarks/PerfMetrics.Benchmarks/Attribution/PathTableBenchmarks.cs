using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfMetrics.Attribution;

namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// Reading the 1,000,000-row ChannelAttribution path table (SPEC §7: parse &lt;= 0.6 s; the R package's reader 1.4 s).
/// Baseline: the naive reader a user would write (split lines and fields into strings, parse with the BCL).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PathTableBenchmarks
{
    private string? _path;
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = PathsFile.Locate();
        if (_path is not null)
        {
            _text = File.ReadAllText(_path);
        }
    }

    [Benchmark(Baseline = true)]
    public int NaiveStringSplit()
    {
        if (_path is null)
        {
            return 0;
        }

        var channels = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        var conversions = 0d;
        using var reader = new StringReader(_text);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            foreach (var name in fields[0].Split('>'))
            {
                channels.TryAdd(name.Trim(), channels.Count);
            }

            conversions += double.Parse(fields[1], CultureInfo.InvariantCulture);
            _ = decimal.Parse(fields[2], CultureInfo.InvariantCulture);
            _ = double.Parse(fields[3], CultureInfo.InvariantCulture);
            rows++;
        }

        return rows + channels.Count + (int)conversions;
    }

    [Benchmark]
    public PathTable? ReadCsvFromText() =>
        _path is null ? null : PathTable.ReadCsv(new StringReader(_text), Currency.Usd);

    [Benchmark]
    public PathTable? ReadCsvFromFile()
    {
        if (_path is null)
        {
            return null;
        }

        using var reader = new StreamReader(_path);
        return PathTable.ReadCsv(reader, Currency.Usd);
    }
}
