using SharpFuzz;

namespace PerfMetrics.Fuzz;

/// <summary>
/// Entry point of the fuzz harnesses. <c>dotnet PerfMetrics.Fuzz.dll money</c> (or <c>csv</c>) serves afl-fuzz through
/// SharpFuzz's out-of-process loop; <c>dotnet PerfMetrics.Fuzz.dll money FILE-OR-DIR...</c> replays inputs without AFL
/// and prints, for each, "ok" or the exception that escaped (how tools/fuzz.sh triages crashes).
/// </summary>
/// <remarks>
/// A harness "crashes" exactly when an exception escapes it: an exception type the API does not document, a TryParse
/// that throws, or an <see cref="InvariantViolationException"/> for a broken invariant (parse and try-parse disagree, a
/// round trip changes the value). Documented exceptions are caught inside the harness.
/// </remarks>
internal static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["money"] = MoneyTarget.Run,
        ["csv"] = PathTableCsvTarget.Run,
    };

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: PerfMetrics.Fuzz (money|csv) [input file or folder ...]");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay.Run(target, args[1..]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}
