using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests;

/// <summary>Bad-input rows for <see cref="Money"/> and <see cref="Currency"/> (SPEC §2, §6).</summary>
internal static class MoneyBadInputs
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Money construction and factories
        yield return Row.Throws<ArgumentException>("new Money(decimal, Currency)", DefaultStruct, "default currency", () => new Money(1m, default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentException>("Money.Zero(Currency)", DefaultStruct, "default currency", () => Money.Zero(default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentException>("Money.FromMinorUnits(long, Currency)", DefaultStruct, "default currency", () => Money.FromMinorUnits(100, default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentNullException>("Money.Sum(IEnumerable<Money>, Currency)", Null, "null values", () => Money.Sum(null!, Usd), "values", "null");
        yield return Row.Throws<ArgumentException>("Money.Sum(IEnumerable<Money>, Currency)", DefaultStruct, "default currency", () => Money.Sum([TenUsd], default), "currency", "must be a real currency");
        yield return Row.Throws<CurrencyMismatchException>("Money.Sum(IEnumerable<Money>, Currency)", CurrencyMismatch, "EUR item in a USD sum", () => Money.Sum([TenUsd, new Money(1m, Currency.Eur)], Usd), "values", "cannot be combined");
        yield return Row.Throws<OverflowException>("Money.Sum(IEnumerable<Money>, Currency)", Overflow, "two MaxValue amounts", () => Money.Sum([new Money(decimal.MaxValue, Usd), new Money(decimal.MaxValue, Usd)], Usd), null, "overflowed");

        // Money instance methods
        yield return Row.Throws<ArgumentNullException>("Money.Allocate(IReadOnlyList<decimal>)", Null, "null ratios", () => TenUsd.Allocate(null!), "ratios", "null");
        yield return Row.Throws<ArgumentException>("Money.Allocate(IReadOnlyList<decimal>)", Empty, "no ratios", () => TenUsd.Allocate([]), "ratios", "must not be empty");
        yield return Row.Throws<ArgumentOutOfRangeException>("Money.Allocate(IReadOnlyList<decimal>)", Negative, "negative ratio", () => TenUsd.Allocate([1m, -1m]), "ratios[1]", "non-negative");
        yield return Row.Throws<ArgumentException>("Money.Allocate(IReadOnlyList<decimal>)", Zero, "all ratios zero", () => TenUsd.Allocate([0m, 0m]), "ratios", "zero");
        yield return Row.Throws<InvalidOperationException>("Money.Allocate(IReadOnlyList<decimal>)", DefaultStruct, "default(Money)", () => default(Money).Allocate([1m]), null, "Money.Zero(currency)");
        yield return Row.Throws<ArgumentOutOfRangeException>("Money.Split(int)", Zero, "zero parts", () => TenUsd.Split(0), "count", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("Money.Split(int)", Negative, "negative parts", () => TenUsd.Split(-2), "count", "must be positive");
        yield return Row.Throws<InvalidOperationException>("Money.Split(int)", DefaultStruct, "default(Money)", () => default(Money).Split(2), null, "Money.Zero(currency)");
        yield return Row.Throws<InvalidOperationException>("Money.Round(MidpointRounding)", DefaultStruct, "default(Money)", () => default(Money).Round(), null, "Money.Zero(currency)");
        yield return Row.Throws<ArgumentException>("Money.Round(MidpointRounding)", OutOfRange, "undefined rounding mode", () => TenUsd.Round((MidpointRounding)99), "mode", "MidpointRounding");
        yield return Row.Throws<InvalidOperationException>("Money.ToMinorUnits(MidpointRounding)", DefaultStruct, "default(Money)", () => default(Money).ToMinorUnits(), null, "Money.Zero(currency)");
        yield return Row.Throws<ArgumentException>("Money.ToMinorUnits(MidpointRounding)", OutOfRange, "undefined rounding mode", () => TenUsd.ToMinorUnits((MidpointRounding)99), "mode", "MidpointRounding");
        yield return Row.Throws<OverflowException>("Money.ToMinorUnits(MidpointRounding)", Overflow, "more cents than a long", () => new Money(decimal.MaxValue, Usd).ToMinorUnits(), null, "overflowed");
        yield return Row.Throws<FormatException>("Money.ToString(string?, IFormatProvider?)", Malformed, "unknown format", () => TenUsd.ToString("Q", null), null, "format");
        yield return Row.Throws<FormatException>("Money.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "unknown format", () => TenUsd.TryFormat(new char[64], out _, "Q", null), null, "format");
        yield return Row.Throws<FormatException>("Money.TryFormat(Span<byte>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "unknown format", () => TenUsd.TryFormat(new byte[64], out _, "Q", null), null, "format");
        yield return Row.Throws<FormatException>("Money.ToString(string?, IFormatProvider?)", Malformed, "percent format", () => TenUsd.ToString("P", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("Money.ToString(string?, IFormatProvider?)", Malformed, "custom format", () => TenUsd.ToString("0.00", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("Money.ToString(string?, IFormatProvider?)", OutOfRange, "precision above 28", () => TenUsd.ToString("N29", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("Money.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "scientific format", () => TenUsd.TryFormat(new char[64], out _, "E", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("Money.TryFormat(Span<byte>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "hexadecimal format", () => TenUsd.TryFormat(new byte[64], out _, "X", null), null, "must be a money format");

        // Money parsing
        yield return Row.Throws<ArgumentNullException>("Money.Parse(string, IFormatProvider?)", Null, "null text", () => Money.Parse((string)null!), "s", "null");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Empty, "empty text", () => Money.Parse(string.Empty), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "unknown currency", () => Money.Parse("12.50 XYZ"), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "amount missing", () => Money.Parse("USD"), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "two amounts", () => Money.Parse("12.50 13 USD"), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "non-zero amount without currency", () => Money.Parse("12.50"), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Overflow, "amount beyond decimal", () => Money.Parse("1e40 USD"), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<char>, IFormatProvider?)", Empty, "empty text", () => Money.Parse(ReadOnlySpan<char>.Empty), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "NaN amount", () => Money.Parse("NaN USD".AsSpan()), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<byte>, IFormatProvider?)", Empty, "empty UTF-8", () => Money.Parse(ReadOnlySpan<byte>.Empty), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<byte>, IFormatProvider?)", Malformed, "invalid UTF-8", () => Money.Parse(new ReadOnlySpan<byte>([0xFF, 0xFE, 0x31])), null, "must be an amount followed by a known ISO 4217 code");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "group separator in a decimal comma's place", () => Money.Parse("1,5 EUR"), null, "group separator");
        yield return Row.Throws<FormatException>("Money.Parse(string, IFormatProvider?)", Malformed, "group separator after the decimal point", () => Money.Parse("1.000,5 EUR"), null, "group separator");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "group of two", () => Money.Parse("12,34 USD".AsSpan()), null, "group separator");
        yield return Row.Throws<FormatException>("Money.Parse(ReadOnlySpan<byte>, IFormatProvider?)", Malformed, "doubled group separator", () => Money.Parse("1,,000 USD"u8), null, "group separator");

        // Currency
        yield return Row.Throws<ArgumentNullException>("Currency.FromCode(string)", Null, "null code", () => Currency.FromCode(null!), "code", "null");
        yield return Row.Throws<ArgumentException>("Currency.FromCode(string)", Empty, "empty code", () => Currency.FromCode(string.Empty), "code", "must be a known ISO 4217 currency code");
        yield return Row.Throws<ArgumentException>("Currency.FromCode(string)", Malformed, "unknown code", () => Currency.FromCode("XYZ"), "code", "must be a known ISO 4217 currency code");
        yield return Row.Throws<ArgumentNullException>("Currency.Custom(string, int, int)", Null, "null code", () => Currency.Custom(null!, 2), "code", "null");
        yield return Row.Throws<ArgumentException>("Currency.Custom(string, int, int)", Malformed, "four letters", () => Currency.Custom("ABCD", 2), "code", "must be three ASCII letters");
        yield return Row.Throws<ArgumentException>("Currency.Custom(string, int, int)", Empty, "empty code", () => Currency.Custom(string.Empty, 2), "code", "must be three ASCII letters");
        yield return Row.Throws<ArgumentException>("Currency.Custom(string, int, int)", Duplicate, "built-in ISO code", () => Currency.Custom("USD", 2), "code", "must not be a built-in ISO 4217 code");
        yield return Row.Throws<ArgumentOutOfRangeException>("Currency.Custom(string, int, int)", Negative, "negative minor units", () => Currency.Custom("ABC", -1), "minorUnits", "must be between 0 and 8");
        yield return Row.Throws<ArgumentOutOfRangeException>("Currency.Custom(string, int, int)", OutOfRange, "nine minor units", () => Currency.Custom("ABC", 9), "minorUnits", "must be between 0 and 8");
        yield return Row.Throws<ArgumentOutOfRangeException>("Currency.Custom(string, int, int)", OutOfRange, "numeric code 1000", () => Currency.Custom("ABC", 2, 1000), "numericCode", "must be between 0 and 999");
        yield return Row.Throws<ArgumentOutOfRangeException>("Currency.Custom(string, int, int)", Negative, "negative numeric code", () => Currency.Custom("ABC", 2, -1), "numericCode", "must be between 0 and 999");
        yield return Row.Throws<ArgumentNullException>("Currency.Parse(string, IFormatProvider?)", Null, "null text", () => Currency.Parse(null!), "s", "null");
        yield return Row.Throws<FormatException>("Currency.Parse(string, IFormatProvider?)", Empty, "empty text", () => Currency.Parse(string.Empty), null, "must be a known ISO 4217 currency code");
        yield return Row.Throws<FormatException>("Currency.Parse(string, IFormatProvider?)", Malformed, "unknown code", () => Currency.Parse("QQQ"), null, "must be a known ISO 4217 currency code");
        yield return Row.Throws<FormatException>("Currency.Parse(ReadOnlySpan<char>, IFormatProvider?)", Empty, "empty text", () => Currency.Parse(ReadOnlySpan<char>.Empty), null, "must be a known ISO 4217 currency code");
        yield return Row.Throws<FormatException>("Currency.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "digits", () => Currency.Parse("840".AsSpan()), null, "must be a known ISO 4217 currency code");
    }

    internal static IEnumerable<TryBadInputRow> TryRows()
    {
        yield return Row.False("Money.TryParse(string?, IFormatProvider?, out Money)", Null, "null text", () => Money.TryParse((string?)null, null, out _));
        yield return Row.False("Money.TryParse(string?, IFormatProvider?, out Money)", Malformed, "unknown currency", () => Money.TryParse("1 XYZ", null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Money)", Empty, "empty text", () => Money.TryParse(ReadOnlySpan<char>.Empty, null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Money)", Malformed, "text", () => Money.TryParse("twelve USD".AsSpan(), null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<byte>, IFormatProvider?, out Money)", Empty, "empty UTF-8", () => Money.TryParse(ReadOnlySpan<byte>.Empty, null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<byte>, IFormatProvider?, out Money)", Malformed, "invalid UTF-8", () => Money.TryParse(new ReadOnlySpan<byte>([0xFF, 0x20, 0x55]), null, out _));
        yield return Row.False("Money.TryParse(string?, IFormatProvider?, out Money)", Malformed, "misplaced group separator", () => Money.TryParse("1,5 EUR", null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Money)", Malformed, "trailing group separator", () => Money.TryParse("1,000, USD".AsSpan(), null, out _));
        yield return Row.False("Money.TryParse(ReadOnlySpan<byte>, IFormatProvider?, out Money)", Malformed, "misplaced group separator", () => Money.TryParse("12,34 USD"u8, null, out _));
        yield return Row.False("Currency.TryFromCode(ReadOnlySpan<char>, out Currency)", Empty, "empty code", () => Currency.TryFromCode(ReadOnlySpan<char>.Empty, out _));
        yield return Row.False("Currency.TryFromCode(ReadOnlySpan<char>, out Currency)", Malformed, "unknown code", () => Currency.TryFromCode("ZZZ", out _));
        yield return Row.False("Currency.TryParse(string?, IFormatProvider?, out Currency)", Null, "null text", () => Currency.TryParse(null, null, out _));
        yield return Row.False("Currency.TryParse(string?, IFormatProvider?, out Currency)", Malformed, "unknown code", () => Currency.TryParse("usdx", null, out _));
        yield return Row.False("Currency.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Currency)", Empty, "empty text", () => Currency.TryParse(ReadOnlySpan<char>.Empty, null, out _));
        yield return Row.False("Currency.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Currency)", Malformed, "punctuation", () => Currency.TryParse("U$D".AsSpan(), null, out _));
    }
}
