using System.Diagnostics;
using System.Globalization;

namespace PerfMetrics.Experiments;

/// <summary>A point estimate with a two-sided confidence interval at a stated level.</summary>
/// <remarks>
/// Every number is finite (an interval that would be unbounded is not an <see cref="Estimate"/>: the result that holds
/// it is null instead, and says so). <see cref="Lower"/> &lt;= <see cref="Upper"/>; the point need not be the midpoint
/// (a Wilson/Newcombe or log-scale interval is not symmetric). Which interval it is (Wald, Newcombe, Katz log, Student-t)
/// is stated on the property that returns it. <see cref="ToString()"/> rounds to 4 significant digits (display precision) for display; the
/// properties keep full precision. <c>default(Estimate)</c> is 0 in [0, 0] at level 0. Equality compares the four
/// doubles exactly. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Estimate : IEquatable<Estimate>, System.Numerics.IEqualityOperators<Estimate, Estimate, bool>
{
    internal Estimate(double value, double lower, double upper, double level)
    {
        Debug.Assert(double.IsFinite(value) && double.IsFinite(lower) && double.IsFinite(upper), "An estimate is finite.");
        Value = value;
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Gets the point estimate.</summary>
    public double Value { get; }

    /// <summary>Gets the lower end of the confidence interval.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper end of the confidence interval.</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level of the interval, a fraction (0.95 for 95%).</summary>
    public double Level { get; }

    /// <summary>Gets a value indicating whether the interval excludes zero (the effect is significant at this level, two-sided).</summary>
    public bool ExcludesZero => Lower > 0d || Upper < 0d;

    /// <summary>Returns invariant text such as <c>0.0123 [0.0045, 0.0201] (95%)</c>, each number at display precision (four significant digits).</summary>
    /// <returns>The text; the properties stay exact.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Metrics.Display.Number(Value)} [{Metrics.Display.Number(Lower)}, {Metrics.Display.Number(Upper)}] ({ExperimentGuard.Show(Level * 100d, "0.##")}%)");

    /// <summary>Returns invariant text with each number in the given numeric format, such as <c>"F2"</c> or <c>"P1"</c>.</summary>
    /// <param name="format">A standard or custom numeric format string for <see cref="double"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format) =>
        string.IsNullOrEmpty(format)
            ? ToString()
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{Value.ToString(format, CultureInfo.InvariantCulture)} [{Lower.ToString(format, CultureInfo.InvariantCulture)}, {Upper.ToString(format, CultureInfo.InvariantCulture)}] ({ExperimentGuard.Show(Level * 100d, "0.##")}%)");

    /// <summary>Returns the estimate as percentages without a space before the sign, such as <c>50.0% [22.6%, 83.6%] (95%)</c>.</summary>
    internal string Percent(string format = "0.0") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(Value * 100d).ToString(format, CultureInfo.InvariantCulture)}% [{(Lower * 100d).ToString(format, CultureInfo.InvariantCulture)}%, {(Upper * 100d).ToString(format, CultureInfo.InvariantCulture)}%] ({ExperimentGuard.Show(Level * 100d, "0.##")}%)");

    /// <inheritdoc/>
    public bool Equals(Estimate other) =>
        Value.Equals(other.Value) && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Level.Equals(other.Level);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Estimate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Lower, Upper, Level);

    /// <summary>Compares two estimates for equality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when value, bounds and level are equal.</returns>
    public static bool operator ==(Estimate left, Estimate right) => left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Estimate left, Estimate right) => !left.Equals(right);
}
