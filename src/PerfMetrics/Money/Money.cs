using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount in a <see cref="PerfMetrics.Currency"/>.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic is exact decimal arithmetic and never rounds (except where <see cref="decimal"/> division must, at 28-29
/// significant digits); <see cref="Round(MidpointRounding)"/> rounds to the currency's minor units when you ask.
/// Adding, subtracting and comparing need one currency; mixing currencies throws <see cref="CurrencyMismatchException"/>.
/// Overflow throws <see cref="OverflowException"/> naming the operation.
/// </para>
/// <para>
/// <c>default(Money)</c> is the currency-less zero. It is the additive identity for every currency
/// (<c>default + x == x</c>) and compares as zero with any amount, but it is not <em>equal</em> to a zero in a
/// currency (<see cref="Equals(Money)"/> compares currencies). Operations that need a currency
/// (<see cref="Round(MidpointRounding)"/>, <see cref="Allocate(IReadOnlyList{decimal})"/>, <see cref="Split(int)"/>)
/// throw <see cref="InvalidOperationException"/> on it; use <see cref="Zero(Currency)"/> for a zero in a currency.
/// </para>
/// <para>
/// Equality: same currency and numerically equal amounts (<c>25.0 USD == 25.00 USD</c>); money in different
/// currencies is never equal. <see cref="ToString()"/> prints the invariant round-trip form <c>25.00 USD</c>.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly partial struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    IAdditiveIdentity<Money, Money>
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Initializes a new amount of money.</summary>
    /// <param name="amount">The amount, any sign and scale; kept exactly as given.</param>
    /// <param name="currency">The currency; must not be <c>default(Currency)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency). Use default(Money) for the currency-less zero.");
        }

        _amount = amount;
        _currency = currency;
    }

    /// <summary>Trusted constructor for internal fast paths: the caller guarantees a valid currency (or a zero amount with the default currency).</summary>
    private Money(Currency currency, decimal amount)
    {
        Debug.Assert(!currency.IsDefault || amount == 0m, "Only a zero may be currency-less.");
        _amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount, exactly as computed (not rounded).</summary>
    public decimal Amount => _amount;

    /// <summary>Gets the currency; <c>default(Currency)</c> for <c>default(Money)</c>.</summary>
    public Currency Currency => _currency;

    /// <summary>Gets a value indicating whether this is <c>default(Money)</c>, the currency-less zero.</summary>
    public bool IsDefault => _currency.IsDefault;

    /// <summary>Gets <c>default(Money)</c>, the currency-less zero (the additive identity of every currency).</summary>
    public static Money AdditiveIdentity => default;

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount in <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns the money worth a whole number of minor units (cents for USD, yen for JPY, fils for BHD).</summary>
    /// <param name="minorUnits">The number of minor units, any sign.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>For example 1234 minor units of USD is 12.34 USD.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency).");
        }

        return new Money(currency, new decimal(minorUnits) * currency.MinorUnit);
    }

    /// <summary>Sums a sequence of money in one currency.</summary>
    /// <param name="values">The values; <c>default(Money)</c> items count as zero.</param>
    /// <param name="currency">The currency of the result, also for an empty sequence.</param>
    /// <returns>The exact sum, in <paramref name="currency"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">An item is in another currency.</exception>
    /// <exception cref="OverflowException">The sum overflows <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        Guard.NotNull(values);
        var total = Zero(currency);
        foreach (var value in values)
        {
            total = Add(total, value, nameof(values));
        }

        return total;
    }

    /// <summary>Rounds the amount to the currency's minor units.</summary>
    /// <param name="mode">How midpoints round; banker's rounding (<see cref="MidpointRounding.ToEven"/>) unless you say otherwise.</param>
    /// <returns>The rounded money, in the same currency.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, which has no minor units.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/> value.</exception>
    public Money Round(MidpointRounding mode = MidpointRounding.ToEven)
    {
        _currency.ThrowIfDefault(nameof(Round));
        return new Money(_currency, decimal.Round(_amount, _currency.MinorUnits, mode));
    }

    /// <summary>Returns the amount as a whole number of minor units, after rounding to minor units.</summary>
    /// <param name="mode">How midpoints round; <see cref="MidpointRounding.ToEven"/> by default.</param>
    /// <returns>For example 12.345 USD is 1234 cents (to even) or 1235 (away from zero).</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/> value.</exception>
    /// <exception cref="OverflowException">The number of minor units does not fit a <see cref="long"/>.</exception>
    public long ToMinorUnits(MidpointRounding mode = MidpointRounding.ToEven)
    {
        _currency.ThrowIfDefault(nameof(ToMinorUnits));
        var rounded = decimal.Round(_amount, _currency.MinorUnits, mode);
        try
        {
            return decimal.ToInt64(rounded * Pow10.Power(_currency.MinorUnits));
        }
        catch (OverflowException ex)
        {
            throw new OverflowException($"ToMinorUnits overflowed: {ToString()} has more minor units than a long holds.", ex);
        }
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => _amount == other._amount && _currency == other._currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_amount, _currency);

    /// <summary>Compares two amounts in the same currency; <c>default(Money)</c> compares as zero with any currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ and neither is <c>default(Money)</c>.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(this, other, nameof(other));
        return _amount.CompareTo(other._amount);
    }

    /// <summary>Compares with another boxed <see cref="Money"/>; null sorts first.</summary>
    /// <param name="obj">A <see cref="Money"/> or null.</param>
    /// <returns>The order, as <see cref="CompareTo(Money)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"obj must be a Money, was {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Returns the common currency of two operands, treating <c>default(Money)</c> as compatible with any currency.</summary>
    private static Currency CheckSameCurrency(Money left, Money right, string paramName)
    {
        if (left._currency == right._currency || right._currency.IsDefault)
        {
            return left._currency;
        }

        if (left._currency.IsDefault)
        {
            return right._currency;
        }

        throw new CurrencyMismatchException(left._currency, right._currency, paramName);
    }
}
