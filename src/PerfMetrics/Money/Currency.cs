using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics;

/// <summary>
/// An ISO 4217 currency: its three-letter alphabetic code, numeric code and number of minor units
/// (digits after the decimal point: USD 2, JPY 0, BHD 3, CLF 4).
/// </summary>
/// <remarks>
/// <para>
/// Built-in currencies come from a table of the current ISO 4217 list (funds, precious metals and codes
/// without minor units are not included); get them with <see cref="FromCode(string)"/> or the static
/// properties such as <see cref="Usd"/>. A currency outside the table may be created explicitly with
/// <see cref="Custom(string, int, int)"/>.
/// </para>
/// <para>
/// Equality is ordinal on the code, the numeric code and the minor units. <c>default(Currency)</c> is
/// "no currency": its <see cref="Code"/> is the empty string. It is the currency of <c>default(Money)</c>
/// and is rejected wherever a real currency is required.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly partial struct Currency : IEquatable<Currency>, IEqualityOperators<Currency, Currency, bool>, ISpanParsable<Currency>
{
    /// <summary>The largest number of minor units a custom currency may have.</summary>
    public const int MaxMinorUnits = 8;

    private readonly CurrencyData? _data;

    private Currency(CurrencyData data) => _data = data;

    /// <summary>Gets the upper-case three-letter ISO 4217 code (for example <c>USD</c>), or the empty string for <c>default(Currency)</c>.</summary>
    public string Code => _data?.Code ?? string.Empty;

    /// <summary>Gets the ISO 4217 numeric code (for example 840 for USD); 0 for a custom currency created without one and for <c>default(Currency)</c>.</summary>
    public int NumericCode => _data?.NumericCode ?? 0;

    /// <summary>Gets the number of minor units: digits after the decimal point of the smallest unit (USD 2, JPY 0, BHD 3).</summary>
    public int MinorUnits => _data?.MinorUnits ?? 0;

    /// <summary>Gets a value indicating whether this is <c>default(Currency)</c>, "no currency".</summary>
    public bool IsDefault => _data is null;

    /// <summary>Gets the size of one minor unit as a decimal (USD 0.01, JPY 1, BHD 0.001).</summary>
    public decimal MinorUnit => _data is null ? 1m : Pow10.Inverse(_data.MinorUnits);

    /// <summary>Gets the United States dollar (USD, 2 minor units).</summary>
    public static Currency Usd { get; } = FromCode("USD");

    /// <summary>Gets the euro (EUR, 2 minor units).</summary>
    public static Currency Eur { get; } = FromCode("EUR");

    /// <summary>Gets the pound sterling (GBP, 2 minor units).</summary>
    public static Currency Gbp { get; } = FromCode("GBP");

    /// <summary>Gets the Japanese yen (JPY, 0 minor units).</summary>
    public static Currency Jpy { get; } = FromCode("JPY");

    /// <summary>Gets the Swiss franc (CHF, 2 minor units).</summary>
    public static Currency Chf { get; } = FromCode("CHF");

    /// <summary>Gets the Canadian dollar (CAD, 2 minor units).</summary>
    public static Currency Cad { get; } = FromCode("CAD");

    /// <summary>Gets the Australian dollar (AUD, 2 minor units).</summary>
    public static Currency Aud { get; } = FromCode("AUD");

    /// <summary>Gets the Chinese yuan renminbi (CNY, 2 minor units).</summary>
    public static Currency Cny { get; } = FromCode("CNY");

    /// <summary>Gets the Indian rupee (INR, 2 minor units).</summary>
    public static Currency Inr { get; } = FromCode("INR");

    /// <summary>Gets the Brazilian real (BRL, 2 minor units).</summary>
    public static Currency Brl { get; } = FromCode("BRL");

    /// <summary>Gets all currencies of the built-in ISO 4217 table, ordered by code.</summary>
    public static IReadOnlyList<Currency> All => Iso4217.All;

    /// <summary>Returns the built-in ISO 4217 currency with the given alphabetic code, ignoring case.</summary>
    /// <param name="code">A three-letter ISO 4217 code such as <c>"USD"</c> or <c>"usd"</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of the built-in table.</exception>
    public static Currency FromCode(string code)
    {
        Guard.NotNull(code);
        if (!TryFromCode(code, out var currency))
        {
            Guard.ThrowArgument(
                nameof(code),
                $"code must be a known ISO 4217 currency code, was {Guard.Format(code)}. Use Currency.Custom to create a currency outside the ISO table.");
        }

        return currency;
    }

    /// <summary>Looks up a built-in ISO 4217 currency by alphabetic code, ignoring case; never throws.</summary>
    /// <param name="code">A three-letter code, in any case.</param>
    /// <param name="currency">The currency when found; otherwise <c>default(Currency)</c>.</param>
    /// <returns><see langword="true"/> when the code is in the built-in table.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        if (Iso4217.TryFind(code, out var data))
        {
            currency = new Currency(data);
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>Creates a currency that is not in the built-in ISO 4217 table (a loyalty point, a crypto unit, a newer ISO code).</summary>
    /// <param name="code">Three ASCII letters; stored upper case. Must not be a code of the built-in table.</param>
    /// <param name="minorUnits">Digits after the decimal point of the smallest unit, 0 to <see cref="MaxMinorUnits"/>.</param>
    /// <param name="numericCode">An optional numeric code, 0 to 999 (0 means none).</param>
    /// <returns>The custom currency. It compares equal to another custom currency with the same code, minor units and numeric code.</returns>
    /// <remarks>Custom currencies are not registered anywhere (there is no global state), so <see cref="FromCode(string)"/> and
    /// <see cref="Money.Parse(string, IFormatProvider?)"/> do not know them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters, or is a built-in ISO code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> or <paramref name="numericCode"/> is out of range.</exception>
    public static Currency Custom(string code, int minorUnits, int numericCode = 0)
    {
        Guard.NotNull(code);
        if (code.Length != 3 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]) || !char.IsAsciiLetter(code[2]))
        {
            Guard.ThrowArgument(nameof(code), $"code must be three ASCII letters, was {Guard.Format(code)}.");
        }

        if (Iso4217.TryFind(code, out _))
        {
            Guard.ThrowArgument(nameof(code), $"code must not be a built-in ISO 4217 code, was {Guard.Format(code)}; use Currency.FromCode.");
        }

        if (minorUnits is < 0 or > MaxMinorUnits)
        {
            Guard.ThrowOutOfRange(nameof(minorUnits), minorUnits, $"must be between 0 and {MaxMinorUnits}");
        }

        if (numericCode is < 0 or > 999)
        {
            Guard.ThrowOutOfRange(nameof(numericCode), numericCode, "must be between 0 and 999");
        }

        return new Currency(new CurrencyData(code.ToUpperInvariant(), (short)numericCode, (byte)minorUnits));
    }

    /// <summary>Returns the currency's code (<c>"USD"</c>); the empty string for <c>default(Currency)</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Parses a built-in ISO 4217 code, ignoring case and surrounding white space.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a known ISO 4217 code.</exception>
    public static Currency Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a built-in ISO 4217 code, ignoring case and surrounding white space.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a known ISO 4217 code.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!TryParse(s, provider, out var currency))
        {
            throw new FormatException($"s must be a known ISO 4217 currency code, was \"{s.ToString()}\".");
        }

        return currency;
    }

    /// <summary>Tries to parse a built-in ISO 4217 code, ignoring case and surrounding white space; never throws.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default(Currency)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a built-in ISO 4217 code, ignoring case and surrounding white space; never throws.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default(Currency)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) =>
        TryFromCode(s.Trim(), out result);

    /// <inheritdoc/>
    public bool Equals(Currency other) =>
        ReferenceEquals(_data, other._data)
        || (_data is not null && other._data is not null
            && _data.NumericCode == other._data.NumericCode
            && _data.MinorUnits == other._data.MinorUnits
            && string.Equals(_data.Code, other._data.Code, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _data is null ? 0 : StringComparer.Ordinal.GetHashCode(_data.Code);

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    internal static Currency FromData(CurrencyData data) => new(data);

    /// <summary>Throws <see cref="InvalidOperationException"/> when this is <c>default(Currency)</c>.</summary>
    internal void ThrowIfDefault(string operation)
    {
        if (_data is null)
        {
            Guard.ThrowInvalidOperation(
                $"{operation} needs a currency, but this is default(Money), the currency-less zero. Use Money.Zero(currency) for a zero in a currency.");
        }
    }

    internal sealed record CurrencyData(string Code, short NumericCode, byte MinorUnits);
}
