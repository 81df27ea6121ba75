using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>An amount of money estimated from an experiment, with a confidence interval whose ends may be unbounded.</summary>
/// <remarks>
/// The point is exact <see cref="decimal"/> arithmetic on the counts and the amounts given; the interval ends come from
/// <see cref="double"/> statistics, converted to <see cref="decimal"/> (about 15 significant digits) at the end. A null
/// end means the interval is unbounded on that side: a cost per incremental conversion has no finite upper end when
/// zero or fewer incremental conversions are plausible. <c>default(MoneyEstimate)</c> is the currency-less zero with
/// both ends unbounded at level 0. Equality compares the amounts (currency included) and the level. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct MoneyEstimate : IEquatable<MoneyEstimate>, System.Numerics.IEqualityOperators<MoneyEstimate, MoneyEstimate, bool>, ISpanFormattable
{
    internal MoneyEstimate(Money value, Money? lower, Money? upper, double level)
    {
        Value = value;
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Gets the point estimate, not rounded.</summary>
    public Money Value { get; }

    /// <summary>Gets the lower end of the interval; null when unbounded below.</summary>
    public Money? Lower { get; }

    /// <summary>Gets the upper end of the interval; null when unbounded above.</summary>
    public Money? Upper { get; }

    /// <summary>Gets the confidence level of the interval, a fraction (0.95 for 95%).</summary>
    public double Level { get; }

    /// <summary>Returns invariant text with amounts rounded to the currency's minor unit, such as <c>41.67 USD [33.10 USD, 56.20 USD] (95%)</c>; an unbounded end prints as <c>unbounded</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Returns text with each amount in a money format (<see cref="Money.ToString(string?, IFormatProvider?)"/>): <c>N</c> (the default), <c>F</c>, <c>C</c> or <c>G</c> for the exact amounts.</summary>
    /// <param name="format">A money format; null or empty for <c>N</c> (minor units, thousands grouped).</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null.</param>
    /// <returns>The text: value, the interval in brackets (<c>unbounded</c> for an open end) and the level.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var money = string.IsNullOrEmpty(format) ? "N" : format;
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Value.ToString(money, provider)} [{(Lower is { } l ? l.ToString(money, provider) : "unbounded")}, {(Upper is { } u ? u.ToString(money, provider) : "unbounded")}] ({ExperimentGuard.Show(Level * 100d, "0.##")}%)");
    }

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A money format; empty for <c>N</c>.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a money format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc/>
    public bool Equals(MoneyEstimate other) =>
        Value == other.Value && Lower == other.Lower && Upper == other.Upper && Level.Equals(other.Level);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MoneyEstimate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Lower, Upper, Level);

    /// <summary>Compares two estimates for equality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when the amounts and the level are equal.</returns>
    public static bool operator ==(MoneyEstimate left, MoneyEstimate right) => left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MoneyEstimate left, MoneyEstimate right) => !left.Equals(right);

}
