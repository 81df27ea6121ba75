using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PerfMetrics.Internal;

/// <summary>Cheap magnitude checks on a decimal's 96-bit mantissa, used to skip overflow handling on hot paths.</summary>
/// <remarks>
/// Reads the upper 32 bits of the mantissa through the runtime's decimal layout (flags, hi32, lo64; stable since
/// .NET Core 3.0). <c>DecimalBitsTests</c> checks the layout against <see cref="decimal.GetBits(decimal)"/> so a change
/// would fail the tests rather than give wrong answers.
/// </remarks>
internal static class DecimalBits
{
    /// <summary>
    /// True when the mantissa is below 2^95, so the value's magnitude is below 2^95 (about 3.96e28) whatever its scale:
    /// the sum or difference of two such values cannot overflow <see cref="decimal"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BelowHalfRange(decimal value) => High32(value) < 0x8000_0000u;

    /// <summary>True when the mantissa is below 2^48: the product of two such values is below 2^96 and cannot overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Below48Bits(decimal value)
    {
        ref var layout = ref Unsafe.As<decimal, Layout>(ref value);
        return layout.Hi32 == 0 && layout.Lo64 < (1UL << 48);
    }

    /// <summary>
    /// Returns <paramref name="value"/> with the trailing zeros of its fraction removed, but keeping at least
    /// <paramref name="minScale"/> digits after the point when it has them (1.2500 with 2 gives 1.25, 1.2345000 gives
    /// 1.2345, 3.0 with 2 stays 3.0): an equal decimal with the smallest scale not below <paramref name="minScale"/>.
    /// </summary>
    internal static decimal TrimTrailingZeros(decimal value, int minScale)
    {
        var scale = value.Scale;
        if (scale <= minScale)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The mantissa's three 32-bit words reinterpreted as unsigned (unchecked: a word above 2^31 is a negative int).
        var mantissa = unchecked(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        int trimmed = scale;
        while (trimmed > minScale && mantissa % 10 == 0 && mantissa != 0)
        {
            mantissa /= 10;
            trimmed--;
        }

        if (mantissa == 0)
        {
            trimmed = minScale;
        }

        return trimmed == scale
            ? value
            : unchecked(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), value < 0m, (byte)trimmed));
    }

    /// <summary>The upper 32 bits of the 96-bit mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint High32(decimal value) => Unsafe.As<decimal, Layout>(ref value).Hi32;

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Layout
    {
        public readonly int Flags;
        public readonly uint Hi32;
        public readonly ulong Lo64;
    }
}
