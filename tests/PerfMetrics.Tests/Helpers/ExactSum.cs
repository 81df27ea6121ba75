using System.Numerics;

namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// The exact sum of doubles, as an oracle for compensated summation: every finite double is m x 2^e with an integer
/// m and e &gt;= -1074, so scaling all of them by 2^1074 makes them integers whose BigInteger sum has no rounding at all.
/// </summary>
public static class ExactSum
{
    private const int Shift = 1074;

    /// <summary>Returns the exact sum scaled by 2^1074.</summary>
    public static BigInteger Scaled(IEnumerable<double> values)
    {
        var sum = BigInteger.Zero;
        foreach (var v in values)
        {
            sum += Scale(v);
        }

        return sum;
    }

    /// <summary>Returns <c>value x 2^1074</c> exactly.</summary>
    public static BigInteger Scale(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles have an exact sum.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal: no hidden bit
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // value = mantissa x 2^(exponent - 1075), so value x 2^1074 = mantissa x 2^(exponent - 1).
        var scaled = new BigInteger(mantissa) << (exponent - 1);
        return negative ? -scaled : scaled;
    }

    /// <summary>Returns <c>|value - exact|</c>, where <paramref name="exactScaled"/> is an exact sum from <see cref="Scaled"/>.</summary>
    public static double Distance(double value, BigInteger exactScaled)
    {
        var difference = BigInteger.Abs(Scale(value) - exactScaled);

        // Keep the top 64 bits (far more than a double's 53) before scaling down by 2^1074, which would overflow first.
        var length = (int)difference.GetBitLength();
        var drop = Math.Max(0, length - 64);
        return Math.ScaleB((double)(difference >> drop), drop - Shift);
    }
}
