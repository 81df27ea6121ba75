using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using PerfMetrics.Internal;

namespace PerfMetrics.Budget;

/// <summary>One channel of a budget problem: its response curve, what it spends now, and the least and most it may spend.</summary>
/// <remarks>
/// All amounts are per period and in the curve's currency. The minimum defaults to zero and the maximum to none
/// (no cap). The current spend may lie outside the bounds (a new floor or cap); it only serves as the baseline of the
/// "change" columns and of the gain. Equality compares every member (curves by value). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class BudgetChannel : IEquatable<BudgetChannel>, IEqualityOperators<BudgetChannel, BudgetChannel, bool>
{
    /// <summary>Creates a channel of a budget problem.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="curve">Its response curve.</param>
    /// <param name="currentSpend">What it spends now per period, non-negative, in the curve's currency.</param>
    /// <param name="minimum">The least it may spend (default zero), non-negative, same currency.</param>
    /// <param name="maximum">The most it may spend (default: no cap), at least <paramref name="minimum"/>, same currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="curve"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is <c>default(Channel)</c>, or the maximum is below the minimum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is not in the curve's currency.</exception>
    public BudgetChannel(Channel channel, ResponseCurve curve, Money currentSpend, Money? minimum = null, Money? maximum = null)
    {
        if (channel.IsDefault)
        {
            Guard.ThrowArgument(nameof(channel), "channel must name a channel, was default(Channel).");
        }

        Guard.NotNull(curve);
        var currency = curve.Currency;
        CurrentSpend = InCurrency(currentSpend, currency, nameof(currentSpend));
        Minimum = InCurrency(minimum ?? default, currency, nameof(minimum));
        if (maximum is { } max)
        {
            Maximum = InCurrency(max, currency, nameof(maximum));
            if (max < Minimum)
            {
                Guard.ThrowArgument(nameof(maximum), $"maximum must be at least minimum ({Minimum}), was {max} for channel {channel}.");
            }
        }

        Channel = channel;
        Curve = curve;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the response curve.</summary>
    public ResponseCurve Curve { get; }

    /// <summary>Gets the current spend per period.</summary>
    public Money CurrentSpend { get; }

    /// <summary>Gets the least the channel may spend (zero unless given).</summary>
    public Money Minimum { get; }

    /// <summary>Gets the most the channel may spend; null means no cap.</summary>
    public Money? Maximum { get; }

    /// <summary>Returns invariant text such as <c>search: Hill(...), current 1000.00 USD, 0.00 USD..5000.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Channel}: {Curve}, current {CurrentSpend}, {Minimum}..{(Maximum is { } m ? m.ToString() : "no cap")}");

    /// <inheritdoc/>
    public bool Equals(BudgetChannel? other) =>
        other is not null
        && Channel == other.Channel && Curve == other.Curve && CurrentSpend == other.CurrentSpend && Minimum == other.Minimum
        && Nullable.Equals(Maximum, other.Maximum);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetChannel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, Curve, CurrentSpend, Minimum, Maximum);

    /// <summary>Compares two channels by value.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(BudgetChannel? left, BudgetChannel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two channels by value.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BudgetChannel? left, BudgetChannel? right) => !(left == right);

    private static Money InCurrency(Money value, Currency currency, string paramName)
    {
        MoneyGuard.NonNegative(value, paramName);
        MoneyGuard.SameCurrency(currency, value, paramName);
        return value.IsDefault ? Money.Zero(currency) : value;
    }
}
