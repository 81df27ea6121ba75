using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// One customer's recency-frequency-monetary (RFM) summary: repeat purchases, the age of the last one, the length of
/// observation, and the mean value of the repeat purchases (plus, after a calibration/holdout split, the holdout counts).
/// </summary>
/// <remarks>
/// <para>
/// Built by <see cref="RfmSummary"/>, or with the constructor from numbers summarised elsewhere. Frequency x counts repeat transactions (merged purchases after the first);
/// recency t_x is the number of periods from the first to the last transaction (0 when x = 0); T is the number of periods
/// from the first transaction to the end of calibration. These are the (x, t_x, T) of Fader, Hardie and Lee (2005).
/// </para>
/// <para>
/// <see cref="MonetaryValue"/> is the exact mean (unrounded decimal) of the repeat transactions' values; the first
/// purchase is left out, as the Gamma-Gamma model expects. It is null when x = 0 (a mean of nothing is undefined).
/// </para>
/// <para><c>default(CustomerRfm)</c> has no id and unit-less periods. Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct CustomerRfm : IEquatable<CustomerRfm>, IEqualityOperators<CustomerRfm, CustomerRfm, bool>
{
    private CustomerRfm(string customerId, int frequency, Periods recency, Periods t, Money? monetaryValue, int? holdoutFrequency, Money? holdoutValue, int count, bool trusted)
    {
        Debug.Assert(trusted, "Only validated fields reach this constructor.");
        Count = count;
        CustomerId = customerId;
        Frequency = frequency;
        Recency = recency;
        T = t;
        MonetaryValue = monetaryValue;
        HoldoutFrequency = holdoutFrequency;
        HoldoutValue = holdoutValue;
    }

    /// <summary>Initializes a row from a customer's summary numbers, for fits to data summarised elsewhere.</summary>
    /// <param name="customerId">The customer's identifier, not null.</param>
    /// <param name="frequency">x, the number of repeat transactions, 0 or more.</param>
    /// <param name="recency">t_x, the periods from the first to the last transaction: 0 when x = 0, greater than 0 when x &gt; 0, at most <paramref name="t"/>.</param>
    /// <param name="t">T, the periods from the first transaction to the end of calibration, in the unit of <paramref name="recency"/>.</param>
    /// <param name="monetaryValue">The mean value of the repeat transactions, non-negative: required when x &gt; 0, null when x = 0.</param>
    /// <param name="holdoutFrequency">The number of transactions in a holdout period, 0 or more; null (default) without a holdout split.</param>
    /// <param name="holdoutValue">The total value bought in the holdout period, in the currency of <paramref name="monetaryValue"/>; null exactly when <paramref name="holdoutFrequency"/> is.</param>
    /// <param name="count">
    /// How many customers the row stands for, 1 or more (default 1). A summary grouped by (x, t_x, T) elsewhere (a
    /// warehouse query, docs/lifetime-value.md) has one row per group with its count: fits weigh the row as that many
    /// identical customers, and <see cref="Clv.Total"/> counts its value that many times. <paramref name="customerId"/>
    /// then names the group.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or value is negative, or <paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException">
    /// The fields contradict each other (recency above T, recency and frequency not both zero or both positive, a
    /// missing or superfluous mean value, units that differ, a default period, holdout count and value not both given);
    /// the message names the rule. Currencies that differ throw <see cref="CurrencyMismatchException"/>.
    /// </exception>
    public CustomerRfm(string customerId, int frequency, Periods recency, Periods t, Money? monetaryValue, int? holdoutFrequency = null, Money? holdoutValue = null, int count = 1)
        : this(Create(customerId, frequency, recency, t, monetaryValue, holdoutFrequency, holdoutValue, count))
    {
    }

    /// <summary>A row from fields the caller has already checked (<see cref="RfmSummary"/>).</summary>
    internal static CustomerRfm Trusted(string customerId, int frequency, Periods recency, Periods t, Money? monetaryValue, int? holdoutFrequency, Money? holdoutValue, int count = 1) =>
        new(customerId, frequency, recency, t, monetaryValue, holdoutFrequency, holdoutValue, count, trusted: true);

    private CustomerRfm(CustomerRfm checkedRow)
    {
        this = checkedRow;
    }

    /// <summary>
    /// Builds a row from stored fields, checking what <see cref="RfmSummary"/> guarantees: x &gt;= 0; t_x and T in one
    /// unit with t_x &lt;= T; t_x &gt; 0 exactly when x &gt; 0; a non-negative mean value exactly when x &gt; 0; holdout count
    /// and value both present or both absent, non-negative; one currency; a count of 1 or more.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or value is negative, or <paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The fields contradict each other (the message names the rule).</exception>
    internal static CustomerRfm Create(string customerId, int frequency, Periods recency, Periods t, Money? monetaryValue, int? holdoutFrequency, Money? holdoutValue, int count = 1)
    {
        Guard.NotNull(customerId);
        Guard.NonNegative((long)frequency, nameof(frequency));
        Guard.Positive(count, nameof(count));
        _ = PeriodUnit.Required(recency.Unit, nameof(recency));
        if (recency.Unit != t.Unit)
        {
            Guard.ThrowArgument(nameof(recency), string.Create(CultureInfo.InvariantCulture, $"recency and t must be in the same unit, were {recency} and {t}."));
        }

        if (recency.Count > t.Count)
        {
            Guard.ThrowArgument(nameof(recency), string.Create(CultureInfo.InvariantCulture, $"recency must not exceed t, was {recency} with t {t}."));
        }

        if ((frequency > 0) != (recency.Count > 0m))
        {
            Guard.ThrowArgument(nameof(recency), string.Create(CultureInfo.InvariantCulture, $"recency must be greater than 0 exactly when frequency is, was {recency} with frequency {frequency}."));
        }

        if ((frequency > 0) != monetaryValue.HasValue)
        {
            Guard.ThrowArgument(nameof(monetaryValue), string.Create(CultureInfo.InvariantCulture, $"monetaryValue must be present exactly when frequency is greater than 0, was {(monetaryValue is { } m ? m.ToString() : "null")} with frequency {frequency}."));
        }

        if (holdoutFrequency.HasValue != holdoutValue.HasValue)
        {
            Guard.ThrowArgument(nameof(holdoutValue), "holdoutFrequency and holdoutValue must be both present or both null.");
        }

        CheckMoney(monetaryValue, nameof(monetaryValue));
        CheckMoney(holdoutValue, nameof(holdoutValue));
        if (holdoutFrequency is { } h)
        {
            Guard.NonNegative((long)h, nameof(holdoutFrequency));
        }

        if (monetaryValue is { } mean && holdoutValue is { } holdout && mean.Currency != holdout.Currency)
        {
            throw new CurrencyMismatchException(mean.Currency, holdout.Currency, nameof(holdoutValue));
        }

        return Trusted(customerId, frequency, recency, t, monetaryValue, holdoutFrequency, holdoutValue, count);

        static void CheckMoney(Money? value, string name)
        {
            if (value is { } money)
            {
                MoneyGuard.NonNegativeInCurrency(money, name);
            }
        }
    }

    /// <summary>Gets the customer's identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Gets x, the number of repeat transactions in calibration (merged purchases after the first).</summary>
    public int Frequency { get; }

    /// <summary>Gets t_x, the periods from the first to the last transaction in calibration (0 when x = 0).</summary>
    public Periods Recency { get; }

    /// <summary>Gets T, the periods from the first transaction to the end of calibration.</summary>
    public Periods T { get; }

    /// <summary>Gets the exact mean value of the repeat transactions in calibration; null when there are none.</summary>
    public Money? MonetaryValue { get; }

    /// <summary>Gets the number of transactions in the holdout period; null when the summary has no holdout split.</summary>
    public int? HoldoutFrequency { get; }

    /// <summary>Gets the total value bought in the holdout period; null when the summary has no holdout split.</summary>
    public Money? HoldoutValue { get; }

    /// <summary>Gets how many customers the row stands for: 1 for one customer, the group's size for a grouped summary row.</summary>
    /// <remarks><c>default(CustomerRfm)</c> has a count of 0 (it stands for no customer and is refused by every calculator).</remarks>
    public int Count { get; }

    /// <summary>Returns the row as invariant text, for example <c>0001: x=2, t_x=30.43 weeks, T=38.86 weeks, m=22.35 USD</c> (with <c>, count=N</c> for a row that stands for N &gt; 1 customers).</summary>
    /// <returns>The text at display precision: periods in words to two decimals, money at the currency's minor units (the properties stay exact).</returns>
    public override string ToString()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{CustomerId ?? "(no id)"}: x={Frequency}, t_x={Recency}, T={T}, m={(MonetaryValue is { } m ? Metrics.Display.Money(m) : "none")}");
        if (HoldoutFrequency is { } h)
        {
            text = string.Create(CultureInfo.InvariantCulture, $"{text}, holdout x={h}, value={Metrics.Display.Money(HoldoutValue)}");
        }

        return Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{text}, count={Count}") : text;
    }

    /// <inheritdoc/>
    public bool Equals(CustomerRfm other) =>
        string.Equals(CustomerId, other.CustomerId, StringComparison.Ordinal)
        && Frequency == other.Frequency
        && Recency == other.Recency
        && T == other.T
        && MonetaryValue == other.MonetaryValue
        && HoldoutFrequency == other.HoldoutFrequency
        && HoldoutValue == other.HoldoutValue
        && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerRfm other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            CustomerId is null ? 0 : StringComparer.Ordinal.GetHashCode(CustomerId),
            Frequency,
            Recency,
            T,
            MonetaryValue,
            HoldoutFrequency,
            HoldoutValue,
            Count);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(CustomerRfm left, CustomerRfm right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerRfm left, CustomerRfm right) => !left.Equals(right);
}
