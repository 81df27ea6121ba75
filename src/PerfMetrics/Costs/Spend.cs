using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <summary>
/// Money spent on a channel over a date interval (both ends inclusive), optionally for a named campaign.
/// </summary>
/// <remarks>
/// The amount is non-negative and in a real currency. Pro-rata helpers assume the spend is spread evenly over the
/// days of <see cref="Period"/>. Equality compares channel, amount, period and campaign (ordinal). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Spend : IEquatable<Spend>
{
    /// <summary>Initializes a spend.</summary>
    /// <param name="channel">The channel the money went to.</param>
    /// <param name="amount">The amount spent, non-negative, in a real currency.</param>
    /// <param name="period">The days the money was spent over, both ends inclusive.</param>
    /// <param name="campaign">An optional campaign name; null when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is <c>default(Channel)</c>, or <paramref name="amount"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public Spend(Channel channel, Money amount, DateInterval period, string? campaign = null)
    {
        Channel = Channel.Required(channel, nameof(channel));
        Guard.NotNull(period);
        if (amount.IsDefault)
        {
            Guard.ThrowArgument(nameof(amount), "amount must be in a currency, was default(Money). Use Money.Zero(currency) for no spend.");
        }

        Amount = MoneyGuard.NonNegative(amount);
        Period = period;
        Campaign = campaign;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the amount spent.</summary>
    public Money Amount { get; }

    /// <summary>Gets the days of the spend, both ends inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the campaign name, or null.</summary>
    public string? Campaign { get; }

    /// <summary>Gets the spend per day: <c>Amount / Period.Length</c>, not rounded.</summary>
    /// <example>350.00 USD over 7 days is 50.00 USD per day.</example>
    public Money PerDay => Amount / Period.Length;

    /// <summary>Returns the part of this spend that falls inside <paramref name="interval"/>, assuming an even spread over the days.</summary>
    /// <param name="interval">The reporting interval, both ends inclusive.</param>
    /// <returns><c>Amount x overlapping days / Period.Length</c>, not rounded; zero in the spend's currency when they do not overlap.</returns>
    /// <example>350.00 USD over 1-7 March, pro rata for 6-10 March, is 350 x 2 / 7 = 100.00 USD.</example>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> uses another calendar system.</exception>
    /// <remarks>
    /// The product <c>Amount x overlapping days</c> is formed first so only the final division rounds (to decimal's
    /// 28-29 significant digits). An interval covering the whole period returns <see cref="Amount"/> itself; when the
    /// product would overflow decimal (amounts near <see cref="decimal.MaxValue"/>) the amount is split into whole
    /// multiples of the period's length and a remainder first, so the part, which is never more than the amount, is
    /// still returned rather than an <see cref="OverflowException"/>.
    /// </remarks>
    public Money ProRata(DateInterval interval)
    {
        Guard.NotNull(interval);
        if (interval.Start.Calendar != Period.Start.Calendar)
        {
            Guard.ThrowArgument(nameof(interval), $"interval must use the calendar {Period.Start.Calendar}, was {interval.Start.Calendar}.");
        }

        var overlap = Period.Intersection(interval);
        if (overlap is null)
        {
            return Money.Zero(Amount.Currency);
        }

        return overlap.Length == Period.Length ? Amount : new Money(Part(Amount.Amount, overlap.Length, Period.Length), Amount.Currency);
    }

    /// <summary>amount x part / whole for 0 &lt; part &lt; whole, without overflowing when amount x part exceeds decimal.</summary>
    private static decimal Part(decimal amount, int part, int whole)
    {
        if (Math.Abs(amount) <= decimal.MaxValue / whole)
        {
            // amount x part is at most amount x whole, which fits.
            return amount * part / whole;
        }

        // amount = q x whole + r, so amount x part / whole = q x part + r x part / whole; q x part is below the amount and
        // |r| is about whole, so neither product overflows. q may be one off when amount / whole rounds up; r then is
        // negative and the identity still holds.
        var q = decimal.Truncate(amount / whole);
        var r = amount - (q * whole);
        return (q * part) + (r * part / whole);
    }

    /// <summary>Sums spend per channel.</summary>
    /// <param name="spends">The spends; none may be null.</param>
    /// <param name="currency">The currency every spend must be in.</param>
    /// <returns>Total per channel, ordered by channel name (ordinal); channels without spend do not appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spends"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="spends"/> holds null, or <paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">A spend is in another currency.</exception>
    public static IReadOnlyDictionary<Channel, Money> TotalsByChannel(IEnumerable<Spend> spends, Currency currency)
    {
        Guard.NotNull(spends);
        var zero = Money.Zero(currency);
        var totals = new SortedDictionary<Channel, Money>();
        var index = 0;
        foreach (var spend in spends)
        {
            if (spend is null)
            {
                Guard.ThrowArgument(nameof(spends), $"spends[{index}] must not be null.");
            }

            if (spend.Amount.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, spend.Amount.Currency, $"{nameof(spends)}[{index}]");
            }

            totals[spend.Channel] = (totals.TryGetValue(spend.Channel, out var sum) ? sum : zero) + spend.Amount;
            index++;
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<Channel, Money>(totals);
    }

    /// <summary>Returns invariant text, for example <c>meta 350.00 USD over 2026-03-01/2026-03-07</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Campaign is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Channel} {Amount} over {LocalDatePattern.Iso.Format(Period.Start)}/{LocalDatePattern.Iso.Format(Period.End)}")
            : string.Create(CultureInfo.InvariantCulture, $"{Channel} {Amount} over {LocalDatePattern.Iso.Format(Period.Start)}/{LocalDatePattern.Iso.Format(Period.End)} ({Campaign})");

    /// <inheritdoc/>
    public bool Equals(Spend? other) =>
        other is not null
        && Channel == other.Channel && Amount == other.Amount && Period.Equals(other.Period)
        && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Spend);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, Amount, Period);

    /// <summary>Compares two spends for value equality.</summary>
    /// <param name="left">The first spend.</param>
    /// <param name="right">The second spend.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Spend? left, Spend? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two spends for inequality.</summary>
    /// <param name="left">The first spend.</param>
    /// <param name="right">The second spend.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Spend? left, Spend? right) => !(left == right);
}
