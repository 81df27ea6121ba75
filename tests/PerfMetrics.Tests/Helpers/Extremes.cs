using System.Numerics;

namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// Shared values of the extreme-value tests (the XTests.Extremes.cs partials, issue 8 item 2), imported with
/// <c>using static</c>: decimal.MaxValue, the smallest scale-28 step, and a BigInteger largest-remainder oracle.
/// </summary>
internal static class Extremes
{
    /// <summary>decimal.MaxValue = 2^96 - 1 = 79,228,162,514,264,337,593,543,950,335 (divisible by 3, ends in ...35).</summary>
    internal const decimal Max = decimal.MaxValue;

    /// <summary>The smallest positive decimal: 1e-28, scale 28.</summary>
    internal const decimal Tiny = 0.0000000000000000000000000001m;

    internal static readonly Currency Usd = Currency.Usd;
    internal static readonly Currency Jpy = Currency.Jpy;

    internal static readonly BigInteger MaxInteger = BigInteger.Parse("79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Largest-remainder apportionment in arbitrary precision: floors, then leftovers to the largest remainders (ties to the earlier index).</summary>
    internal static BigInteger[] Oracle(BigInteger total, BigInteger[] weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var shares = weights.Select(w => BigInteger.DivRem(total * w, sum)).ToArray();
        var result = shares.Select(s => s.Quotient).ToArray();
        var leftover = (int)(total - result.Aggregate(BigInteger.Zero, (a, b) => a + b));
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => shares[i].Remainder).ThenBy(i => i).Take(leftover);
        foreach (var i in order)
        {
            result[i] += 1;
        }

        return result;
    }
}
