namespace PerfMetrics.Internal;

/// <summary>Powers of ten as decimals and integers, for minor-unit conversions.</summary>
internal static class Pow10
{
    private static readonly decimal[] Inverses =
    [
        1m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 0.000001m, 0.0000001m, 0.00000001m,
    ];

    private static readonly decimal[] Powers =
    [
        1m, 10m, 100m, 1000m, 10000m, 100000m, 1000000m, 10000000m, 100000000m,
    ];

    /// <summary>Returns 10^-n for n in 0..8.</summary>
    internal static decimal Inverse(int n) => Inverses[n];

    /// <summary>Returns 10^n for n in 0..8.</summary>
    internal static decimal Power(int n) => Powers[n];
}
