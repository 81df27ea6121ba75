using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PerfMetrics;

/// <content>Formatting and parsing of <see cref="Money"/>.</content>
public readonly partial struct Money :
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Money>,
    IUtf8SpanParsable<Money>
{
    private const int StackBufferSize = 96;

    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"];
    private static readonly string[] GroupedFormats = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];

    /// <summary>Returns the invariant round-trip form, for example <c>25.00 USD</c>; <c>0</c> for <c>default(Money)</c>.</summary>
    /// <returns>The amount with at least the currency's minor digits (all digits kept), a space and the ISO code.</returns>
    /// <remarks>Never reads the current culture; <see cref="Parse(string, IFormatProvider?)"/> reads it back exactly.</remarks>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the amount followed by a space and the currency code.</summary>
    /// <param name="format">
    /// <c>null</c>, empty or <c>"G"</c>: the round-trip form (at least the currency's minor digits, every digit kept, no
    /// grouping); <c>"N"</c>: grouped with exactly the currency's minor digits (rounded for display, half away from zero);
    /// anything else: a standard or custom <see cref="decimal"/> format applied to the amount.
    /// </param>
    /// <param name="formatProvider">The culture for digits and separators; the invariant culture when null.</param>
    /// <returns>The text, for example <c>1.250,00 USD</c> for <c>"N"</c> in de-DE.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid decimal format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[StackBufferSize];
        if (TryFormat(buffer, out var written, format, formatProvider))
        {
            return new string(buffer[..written]);
        }

        var rented = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            if (!TryFormat(rented, out written, format, formatProvider))
            {
                throw new FormatException($"format \"{format}\" produced text longer than 1024 characters.");
            }

            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/> for the formats.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format, as in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid decimal format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (!_amount.TryFormat(destination, out var amountLength, AmountFormat(format), provider))
        {
            charsWritten = 0;
            return false;
        }

        if (_currency.IsDefault)
        {
            charsWritten = amountLength;
            return true;
        }

        var code = _currency.Code;
        if (destination.Length < amountLength + 1 + code.Length)
        {
            charsWritten = 0;
            return false;
        }

        destination[amountLength] = ' ';
        code.AsSpan().CopyTo(destination[(amountLength + 1)..]);
        charsWritten = amountLength + 1 + code.Length;
        return true;
    }

    /// <summary>Formats as UTF-8 bytes; see <see cref="ToString(string?, IFormatProvider?)"/> for the formats.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid decimal format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (!_amount.TryFormat(utf8Destination, out var amountLength, AmountFormat(format), provider))
        {
            bytesWritten = 0;
            return false;
        }

        if (_currency.IsDefault)
        {
            bytesWritten = amountLength;
            return true;
        }

        var code = _currency.Code;
        if (utf8Destination.Length < amountLength + 1 + code.Length)
        {
            bytesWritten = 0;
            return false;
        }

        utf8Destination[amountLength] = (byte)' ';
        Encoding.ASCII.GetBytes(code, utf8Destination[(amountLength + 1)..]);
        bytesWritten = amountLength + 1 + code.Length;
        return true;
    }

    /// <summary>Parses money text such as <c>25.00 USD</c> with the invariant culture (or <paramref name="provider"/>).</summary>
    /// <param name="s">An amount, white space, and a known ISO 4217 code (any case); or a lone zero amount such as <c>0</c>, which is <c>default(Money)</c>.</param>
    /// <param name="provider">The culture of the amount's digits and separators; invariant when null.</param>
    /// <returns>The money, with the amount exactly as written (scale kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not money text.</exception>
    public static Money Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses money text such as <c>25.00 USD</c>; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not money text.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!TryParse(s, provider, out var result))
        {
            throw new FormatException(
                $"s must be an amount followed by a known ISO 4217 code, such as \"25.00 USD\", was \"{s.ToString()}\".");
        }

        return result;
    }

    /// <summary>Parses UTF-8 money text such as <c>25.00 USD</c>; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException"><paramref name="utf8Text"/> is not money text.</exception>
    public static Money Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider = null)
    {
        if (!TryParse(utf8Text, provider, out var result))
        {
            throw new FormatException(
                $"utf8Text must be an amount followed by a known ISO 4217 code, such as \"25.00 USD\", was \"{Encoding.UTF8.GetString(utf8Text)}\".");
        }

        return result;
    }

    /// <summary>Tries to parse money text; never throws for bad text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse money text; never throws for bad text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        provider ??= CultureInfo.InvariantCulture;
        s = s.Trim();
        var space = s.LastIndexOfAny(' ', '\t');
        if (space < 0)
        {
            // A lone amount is allowed only for zero: the text of default(Money).
            return decimal.TryParse(s, NumberStyles.Number, provider, out var zero) && zero == 0m;
        }

        if (!Currency.TryFromCode(s[(space + 1)..], out var currency)
            || !decimal.TryParse(s[..space], NumberStyles.Number, provider, out var amount))
        {
            return false;
        }

        result = new Money(currency, amount);
        return true;
    }

    /// <summary>Tries to parse UTF-8 money text; never throws for bad text.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Money result)
    {
        char[]? rented = null;
        var chars = utf8Text.Length <= StackBufferSize
            ? stackalloc char[StackBufferSize]
            : (rented = ArrayPool<char>.Shared.Rent(utf8Text.Length));
        try
        {
            if (Utf8.ToUtf16(utf8Text, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                result = default;
                return false;
            }

            return TryParse(chars[..written], provider, out result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Picks the decimal format of the amount for a money format string.</summary>
    private ReadOnlySpan<char> AmountFormat(ReadOnlySpan<char> format)
    {
        var minor = _currency.MinorUnits;
        if (format.IsEmpty || format is "G" or "g")
        {
            return _amount.Scale < minor ? FixedFormats[minor] : default;
        }

        if (format is "N" or "n")
        {
            return GroupedFormats[minor];
        }

        return format;
    }
}
