using System.Security.Cryptography;
using System.Text;

namespace PerfMetrics.Benchmarks.Data;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PerfMetrics.Benchmarks -- --check-data</c>: generates both benchmark
/// inputs (a few seconds, no benchmark runs) and compares their SHA-256 with the digests of the files the Python tools
/// wrote for the 0.1 benchmarks (<c>gen_paths.py --rows 1000000 --seed 1</c>: the CSV bytes; <c>gen_rfm.py --customers
/// 1000000 --seed 1 --monetary</c>: x, t_x, T, monetary of each row as little-endian doubles). Equal digests mean the
/// 0.2 numbers are measured on exactly the 0.1 inputs.
/// </summary>
internal static class DataCheck
{
    internal const string Argument = "--check-data";

    private const string PathsSha256 = "0a1dccdb36c7351c8e2447bce4bfb1ceeab52c0ecf5535108b50fa4cc5ae55a5";
    private const string RfmSha256 = "1ca25e7acddb8fcdf50018d5612370fdba086575719bcc26b7b97f95b1c7cf22";

    /// <summary>Runs the check; returns the process exit code (0 when both inputs match).</summary>
    internal static int Run()
    {
        var paths = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(PathTableGenerator.BenchmarkCsv)));
        var (x, tx, t, m) = RfmGenerator.Benchmark;
        var bytes = new byte[x.Length * 4 * sizeof(double)];
        for (var i = 0; i < x.Length; i++)
        {
            var row = bytes.AsSpan(i * 4 * sizeof(double));
            BitConverter.TryWriteBytes(row, x[i]);
            BitConverter.TryWriteBytes(row[8..], tx[i]);
            BitConverter.TryWriteBytes(row[16..], t[i]);
            BitConverter.TryWriteBytes(row[24..], m[i]);
        }

        var rfm = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var repeatBuyers = x.Count(v => v > 0);
        Console.WriteLine($"path table: {PathTableGenerator.BenchmarkCsv.Length:N0} characters, sha256 {paths} {(paths == PathsSha256 ? "OK" : "DIFFERS from gen_paths.py")}");
        Console.WriteLine($"customers: {x.Length:N0} ({repeatBuyers:N0} repeat buyers), sha256 {rfm} {(rfm == RfmSha256 ? "OK" : "DIFFERS from gen_rfm.py")}");
        return paths == PathsSha256 && rfm == RfmSha256 ? 0 : 1;
    }
}
