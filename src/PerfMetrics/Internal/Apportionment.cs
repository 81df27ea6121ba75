namespace PerfMetrics.Internal;

/// <summary>
/// The one step from exact shares to whole minor units that sum exactly to a total: every attribution model's value
/// credit goes through <see cref="ToMinorUnits"/>.
/// </summary>
/// <remarks>
/// <para>
/// Input: the total in whole minor units, and one non-negative exact share per item as an <see cref="Int128"/> in
/// units of 2^-<c>fractionBits</c> minor units (the items in tie order: an exact tie goes to the earlier item).
/// </para>
/// <para>
/// Steps: (1) when <c>fractionBits</c> exceeds <see cref="SnapBits"/>, each share is rounded (half up) to a grid of
/// 2^-20 minor units, which is coarser than the rounding noise of the terms that were summed into it, so equal exact
/// shares reached through different sums become equal again; (2) the shares are shifted right until the largest fits
/// 95 bits (dropping only bits far below a minor unit of the largest share); (3) the total is apportioned over these
/// integer weights by the largest-remainder method of <see cref="LargestRemainder.Allocate(Int128, Int128[])"/>:
/// floors of the exact quotients, then one unit each to the largest remainders. When every share is zero the total is
/// split evenly. The parts sum exactly to the total, and each is within one minor unit of its exact share of it.
/// </para>
/// </remarks>
internal static class Apportionment
{
    /// <summary>The grid shares are snapped to: 2^-20 of a minor unit.</summary>
    internal const int SnapBits = 20;

    /// <summary>Bits of the widest weight handed to the largest-remainder step.</summary>
    private const int WeightBits = 95;

    /// <summary>Apportions <paramref name="total"/> minor units over <paramref name="shares"/> (snapped in place).</summary>
    /// <param name="total">The whole minor units to split (any sign).</param>
    /// <param name="shares">Non-negative exact shares in units of 2^-<paramref name="fractionBits"/> minor units, in tie order; overwritten.</param>
    /// <param name="fractionBits">The fixed-point exponent of <paramref name="shares"/>.</param>
    /// <returns>One whole number of minor units per share, summing exactly to <paramref name="total"/>.</returns>
    internal static Int128[] ToMinorUnits(Int128 total, Int128[] shares, int fractionBits)
    {
        var drop = fractionBits - SnapBits;
        if (drop > 0)
        {
            var half = Int128.One << (drop - 1);
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] = (shares[i] + half) >> drop;
            }
        }

        if (total == Int128.Zero || shares.Length == 0)
        {
            return new Int128[shares.Length];
        }

        var max = Int128.Zero;
        foreach (var share in shares)
        {
            max = Int128.Max(max, share);
        }

        if (max == Int128.Zero)
        {
            Array.Fill(shares, Int128.One);
            return LargestRemainder.Allocate(total, shares);
        }

        var shift = Math.Max(0, (int)Int128.Log2(max) + 1 - WeightBits);
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] >>= shift;
        }

        return LargestRemainder.Allocate(total, shares);
    }
}
