using PerfMetrics.Internal;

namespace PerfMetrics;

/// <content>Allocation and splitting of <see cref="Money"/> in minor units.</content>
public readonly partial struct Money
{
    /// <summary>
    /// Splits this amount into parts proportional to <paramref name="ratios"/>, in whole minor units, so that the parts
    /// add up exactly to the amount rounded to minor units.
    /// </summary>
    /// <param name="ratios">Non-negative weights, not all zero; their scale does not matter (1:1:2 equals 25:25:50).</param>
    /// <returns>One part per ratio, in the same order and currency.</returns>
    /// <remarks>
    /// Largest-remainder method: the total is first rounded to minor units (<see cref="MidpointRounding.ToEven"/>);
    /// each part gets the floor of its exact share, and the minor units left over go one each to the parts with the
    /// largest remainders, ties to the earlier index. Every part is within one minor unit of its exact share, zero
    /// ratios get zero, and no part is negative when the total is non-negative. A negative total allocates its absolute
    /// value and negates every part. The computation is exact (integer arithmetic), whatever the ratios' scale.
    /// </remarks>
    /// <example>100 JPY with ratios 1, 1, 1 gives 34, 33, 33 JPY; 1.000 BHD gives 0.334, 0.333, 0.333 BHD.</example>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, which has no minor units.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    /// <exception cref="OverflowException">The amount in minor units exceeds 96 bits (above about 7.9e26 USD), so the parts cannot be represented exactly.</exception>
    public Money[] Allocate(IReadOnlyList<decimal> ratios)
    {
        Guard.NotNull(ratios);
        _currency.ThrowIfDefault(nameof(Allocate));
        var parts = new Money[ratios.Count];
        if (parts.Length == 0)
        {
            Guard.ThrowArgument(nameof(ratios), "ratios must not be empty, was empty.");
        }

        var minor = LargestRemainder.ToMinorUnits(_amount, _currency.MinorUnits, nameof(Allocate));
        var shares = LargestRemainder.Allocate(minor, ratios, nameof(ratios));
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new Money(_currency, LargestRemainder.FromMinorUnits(shares[i], _currency.MinorUnits));
        }

        return parts;
    }

    /// <summary>Splits this amount into <paramref name="count"/> parts as equal as minor units allow, larger parts first.</summary>
    /// <param name="count">The number of parts, at least 1.</param>
    /// <returns>The parts; they add up exactly to the amount rounded to minor units.</returns>
    /// <remarks>Same as <see cref="Allocate(IReadOnlyList{decimal})"/> with equal ratios: the leftover minor units go to the earliest parts.</remarks>
    /// <example>100 JPY split 3 ways is 34, 33, 33 JPY.</example>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The amount in minor units exceeds 96 bits.</exception>
    public Money[] Split(int count)
    {
        _currency.ThrowIfDefault(nameof(Split));
        Guard.Positive(count);
        var minor = LargestRemainder.ToMinorUnits(_amount, _currency.MinorUnits, nameof(Split));
        var negative = minor < 0;
        var magnitude = negative ? -minor : minor;
        var quotient = magnitude / count;
        var extra = (int)(magnitude % count);
        var parts = new Money[count];
        for (var i = 0; i < count; i++)
        {
            var share = i < extra ? quotient + 1 : quotient;
            parts[i] = new Money(_currency, LargestRemainder.FromMinorUnits(negative ? -share : share, _currency.MinorUnits));
        }

        return parts;
    }
}
