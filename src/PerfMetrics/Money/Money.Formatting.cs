using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <content>Formatting and parsing of <see cref="Money"/>.</content>
public readonly partial struct Money :
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Money>,
    IUtf8SpanParsable<Money>
{
    private const int StackBufferSize = 96;

    /// <summary>The largest precision a format may ask for: <see cref="decimal"/> has at most 28 digits after the point.</summary>
    private const int MaxPrecision = 28;

    private static readonly string[] FixedFormats = Formats('F');
    private static readonly string[] GroupedFormats = Formats('N');
    private static readonly string[] CurrencyFormats = Formats('C');

    /// <summary>Returns the invariant round-trip form, for example <c>25.00 USD</c>; <c>0</c> for <c>default(Money)</c>.</summary>
    /// <returns>
    /// The amount with at least the currency's minor digits and every significant digit kept, trailing zeros beyond the
    /// minor digits dropped (<c>0.750m</c> USD prints <c>0.75 USD</c>, <c>25m</c> USD <c>25.00 USD</c>, a third of
    /// 20 USD <c>6.6666666666666666666666666667 USD</c>), a space and the ISO code.
    /// </returns>
    /// <remarks>
    /// Never reads the current culture; <see cref="Parse(string, IFormatProvider?)"/> reads it back to an equal value
    /// (decimal equality ignores scale: <c>0.750m == 0.75m</c>). For display at the currency's minor units use the
    /// <c>N</c> or <c>F</c> format, as results and report tables do.
    /// </remarks>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the money in its own currency: the amount and the ISO 4217 code, never another currency's symbol.</summary>
    /// <param name="format">
    /// One of the money formats (letters in either case; <c>p</c> is an optional precision, 0 to 28 digits after the
    /// decimal separator, and defaults to the currency's minor units: 2 for USD, 0 for JPY, 3 for BHD):
    /// <list type="bullet">
    /// <item><c>null</c>, empty or <c>G</c>: the round-trip form: at least the currency's minor digits, every significant
    /// digit of the amount kept (trailing zeros beyond the minor digits dropped: <c>0.750</c> prints <c>0.75</c>), no
    /// grouping, a space and the code (<c>1250.50 USD</c>). No precision.</item>
    /// <item><c>F</c> or <c>Fp</c>: fixed point without grouping, then the code (<c>1250.50 USD</c>).</item>
    /// <item><c>N</c> or <c>Np</c>: grouped with the culture's number separators and group sizes, then the code
    /// (<c>1.250,50 USD</c> in de-DE). <see cref="Parse(string, IFormatProvider?)"/> with the same culture reads it back.</item>
    /// <item><c>C</c> or <c>Cp</c>: the culture's currency layout (sign and symbol position, currency separators), with
    /// the ISO code standing in for the symbol and a space between code and digits (<c>USD 12,000.50</c> in ja-JP,
    /// <c>12.000,50 USD</c> in de-DE). For display only: <see cref="Parse(string, IFormatProvider?)"/> does not read it.</item>
    /// </list>
    /// Every other format throws <see cref="FormatException"/>: percent (<c>P</c>), scientific (<c>E</c>), general with
    /// a precision (<c>G5</c>, which may switch to scientific), <c>R</c>, <c>X</c>, <c>D</c> and custom patterns (which
    /// can scale by 100 or 1000 or print any literal text, another currency's symbol included) do not apply to money.
    /// </param>
    /// <param name="formatProvider">The culture for digits, separators and the <c>C</c> layout; the invariant culture when null.</param>
    /// <returns>The text. <c>F</c>, <c>N</c> and <c>C</c> round the amount for display (half to even, as
    /// <see cref="Round(MidpointRounding)"/> does: 0.125 USD shows as 0.12);
    /// <c>G</c> never rounds. <c>default(Money)</c> has no code and prints its zero alone in every format (<c>0</c>;
    /// <c>C</c> is then <c>N</c>).</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the money formats.</exception>
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
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the money formats.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var amountFormat = AmountFormat(format, ref provider, out var appendCode, out var amount);
        if (!amount.TryFormat(destination, out var amountLength, amountFormat, provider))
        {
            charsWritten = 0;
            return false;
        }

        if (!appendCode)
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
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the money formats.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var amountFormat = AmountFormat(format, ref provider, out var appendCode, out var amount);
        if (!amount.TryFormat(utf8Destination, out var amountLength, amountFormat, provider))
        {
            bytesWritten = 0;
            return false;
        }

        if (!appendCode)
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
    /// <param name="s">
    /// An amount, white space, and a known ISO 4217 code (any case); or a lone zero amount such as <c>0</c>, which is
    /// <c>default(Money)</c>. The amount uses the culture's decimal separator and, optionally, its group separator, but
    /// only where the culture's group sizes put it: with the invariant culture (groups of 3) <c>1,250.50 USD</c> and
    /// <c>12,345,678.9 USD</c> parse, while <c>1,5 EUR</c>, <c>12,34 USD</c>, <c>1,,000 USD</c>, <c>1,000, USD</c> and
    /// <c>1.000,5 USD</c> throw instead of being read as another amount. Cultures with other group sizes follow their own
    /// (hi-IN: <c>12,34,567.89</c>).
    /// </param>
    /// <param name="provider">The culture of the amount's digits and separators; invariant when null.</param>
    /// <returns>The money, with the amount exactly as written (scale kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not money text, or has a misplaced group separator.</exception>
    public static Money Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses money text such as <c>25.00 USD</c>; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not money text, or has a misplaced group separator.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        var status = TryParseCore(s, provider, out var result);
        if (status != ParseStatus.Parsed)
        {
            ThrowParseFailure(nameof(s), status, s.ToString(), provider);
        }

        return result;
    }

    /// <summary>Parses UTF-8 money text such as <c>25.00 USD</c>; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException"><paramref name="utf8Text"/> is not money text, or has a misplaced group separator.</exception>
    public static Money Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider = null)
    {
        var status = TryParseUtf8Core(utf8Text, provider, out var result);
        if (status != ParseStatus.Parsed)
        {
            ThrowParseFailure(nameof(utf8Text), status, Encoding.UTF8.GetString(utf8Text), provider);
        }

        return result;
    }

    /// <summary>Tries to parse money text; never throws for bad text. Same rules as <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse money text; never throws for bad text. Same rules as <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParseCore(s, provider, out result) == ParseStatus.Parsed;

    /// <summary>Tries to parse UTF-8 money text; never throws for bad text. Same rules as <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <param name="result">The money, or <c>default(Money)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Money result) =>
        TryParseUtf8Core(utf8Text, provider, out result) == ParseStatus.Parsed;

    private enum ParseStatus
    {
        Parsed,
        Malformed,
        Misgrouped,
    }

    /// <summary>The one parsing rule: every public parse path (string, span, UTF-8, Try or not) ends here.</summary>
    private static ParseStatus TryParseCore(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        var numbers = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        s = s.Trim();
        var space = s.LastIndexOfAny(' ', '\t');
        if (space < 0)
        {
            // A lone amount is allowed only for zero: the text of default(Money).
            var lone = TryParseAmount(s, numbers, out var zero);
            return lone == ParseStatus.Parsed && zero != 0m ? ParseStatus.Malformed : lone;
        }

        if (!Currency.TryFromCode(s[(space + 1)..], out var currency))
        {
            return ParseStatus.Malformed;
        }

        var status = TryParseAmount(s[..space], numbers, out var amount);
        if (status == ParseStatus.Parsed)
        {
            result = new Money(currency, amount);
        }

        return status;
    }

    private static ParseStatus TryParseUtf8Core(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Money result)
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
                return ParseStatus.Malformed;
            }

            return TryParseCore(chars[..written], provider, out result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses an amount: <see cref="NumberStyles.Number"/>, but group separators only where the culture's group sizes put them.</summary>
    private static ParseStatus TryParseAmount(ReadOnlySpan<char> text, NumberFormatInfo numbers, out decimal amount)
    {
        if (!GroupSeparatorsFitGroupSizes(text.Trim(), numbers))
        {
            amount = 0m;
            return ParseStatus.Misgrouped;
        }

        return decimal.TryParse(text, NumberStyles.Number, numbers, out amount) ? ParseStatus.Parsed : ParseStatus.Malformed;
    }

    /// <summary>
    /// Checks that every group separator of an amount sits between two digit groups of the integer part whose lengths
    /// are the culture's <see cref="NumberFormatInfo.NumberGroupSizes"/>, counted from the decimal separator leftwards
    /// (the last size repeats; a 0 ends grouping), with a leftmost group of 1 up to its size. Text without a group
    /// separator passes (grouping is optional).
    /// </summary>
    internal static bool GroupSeparatorsFitGroupSizes(ReadOnlySpan<char> text, NumberFormatInfo numbers)
    {
        var group = numbers.NumberGroupSeparator.AsSpan();
        var point = numbers.NumberDecimalSeparator.AsSpan();
        if (group.IsEmpty || group.SequenceEqual(point))
        {
            return true;
        }

        // .NET reads a plain space for a no-break or narrow no-break space group separator (fr-FR); so do we.
        var spaceToo = group is "\u00A0" or "\u202F";
        if (text.IndexOf(group) < 0 && !(spaceToo && text.Contains(' ')))
        {
            return true;
        }

        var firstDigit = text.IndexOfAnyInRange('0', '9');
        var pointAt = point.IsEmpty ? -1 : text.IndexOf(point);
        var integerEnd = pointAt >= 0 ? pointAt : text.LastIndexOfAnyInRange('0', '9') + 1;
        if (firstDigit < 0 || firstDigit >= integerEnd)
        {
            return false; // a separator with no integer digits to group, or only after the decimal separator
        }

        if (HasSeparator(text[..firstDigit], group, spaceToo) || HasSeparator(text[integerEnd..], group, spaceToo))
        {
            return false; // before the first digit, after the decimal separator, or trailing
        }

        var sizes = numbers.NumberGroupSizes;
        var level = 0;
        var groupEnd = integerEnd;
        for (var i = integerEnd - 1; i >= firstDigit; i--)
        {
            var separatorLength = SeparatorEndingAt(text[..(i + 1)], group, spaceToo);
            if (separatorLength == 0)
            {
                continue;
            }

            var size = GroupSize(sizes, level);
            if (size == 0 || groupEnd - (i + 1) != size)
            {
                return false;
            }

            level++;
            i -= separatorLength - 1;
            groupEnd = i;
        }

        var leftmost = groupEnd - firstDigit;
        var leftmostMax = GroupSize(sizes, level);
        return leftmost >= 1 && (level == 0 || leftmostMax == 0 || leftmost <= leftmostMax);
    }

    private static int GroupSize(int[] sizes, int level) =>
        sizes.Length == 0 ? 0 : sizes[Math.Min(level, sizes.Length - 1)];

    private static bool HasSeparator(ReadOnlySpan<char> text, ReadOnlySpan<char> group, bool spaceToo) =>
        text.IndexOf(group) >= 0 || (spaceToo && text.Contains(' '));

    private static int SeparatorEndingAt(ReadOnlySpan<char> text, ReadOnlySpan<char> group, bool spaceToo) =>
        text.EndsWith(group) ? group.Length : spaceToo && text[^1] == ' ' ? 1 : 0;

    [DoesNotReturn]
    private static void ThrowParseFailure(string paramName, ParseStatus status, string text, IFormatProvider? provider)
    {
        if (status == ParseStatus.Misgrouped)
        {
            var numbers = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
            var sizes = string.Join(", ", numbers.NumberGroupSizes);
            throw new FormatException(
                $"{paramName} must put the group separator \"{numbers.NumberGroupSeparator}\" only between digit groups of the culture's group sizes [{sizes}], "
                + $"counted leftwards from the decimal separator \"{numbers.NumberDecimalSeparator}\", was \"{text}\". "
                + "Is the text written for another culture? Pass that culture as the provider.");
        }

        throw new FormatException(
            $"{paramName} must be an amount followed by a known ISO 4217 code, such as \"25.00 USD\", was \"{text}\".");
    }

    /// <summary>
    /// Picks the <see cref="decimal"/> format of the amount for a money format (the one rule behind every formatting
    /// path), replaces <paramref name="provider"/> by the number format to use, says whether the code follows, and gives
    /// the amount to print: exact for <c>G</c>, rounded to the digits shown with <see cref="MidpointRounding.ToEven"/> for
    /// <c>F</c>, <c>N</c> and <c>C</c> (the library's one rounding mode, as <see cref="Round(MidpointRounding)"/> and the
    /// report tables use; <see cref="decimal"/>'s own formatting would round half away from zero).
    /// </summary>
    private ReadOnlySpan<char> AmountFormat(ReadOnlySpan<char> format, ref IFormatProvider? provider, out bool appendCode, out decimal amount)
    {
        provider ??= CultureInfo.InvariantCulture;
        appendCode = !_currency.IsDefault;
        amount = _amount;
        var minor = _currency.MinorUnits;
        if (format.IsEmpty || format is "G" or "g")
        {
            // The round-trip form: every significant digit, trailing zeros beyond the minor digits dropped (0.750 USD
            // prints 0.75 USD; decimal equality ignores scale, so Parse still returns an equal value).
            amount = DecimalBits.TrimTrailingZeros(_amount, minor);
            return amount.Scale < minor ? FixedFormats[minor] : default;
        }

        if (!TryReadPrecision(format[1..], out var precision))
        {
            ThrowBadFormat(format);
        }

        var digits = precision < 0 ? minor : precision;
        if (_amount.Scale > digits)
        {
            amount = decimal.Round(_amount, digits, MidpointRounding.ToEven);
        }

        switch (format[0])
        {
            case 'F' or 'f':
                return FixedFormats[digits];
            case 'N' or 'n':
                return GroupedFormats[digits];
            case 'C' or 'c' when _currency.IsDefault:
                return GroupedFormats[digits];
            case 'C' or 'c':
                provider = CurrencyLayout(NumberFormatInfo.GetInstance(provider), _currency.Code);
                appendCode = false;
                return CurrencyFormats[digits];
            default:
                ThrowBadFormat(format);
                return default;
        }
    }

    /// <summary>Reads the optional precision after a format letter: nothing (-1) or 0 to 28.</summary>
    private static bool TryReadPrecision(ReadOnlySpan<char> digits, out int precision)
    {
        precision = -1;
        if (digits.IsEmpty)
        {
            return true;
        }

        return digits.Length <= 2
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out precision)
            && precision <= MaxPrecision;
    }

    [DoesNotReturn]
    private static void ThrowBadFormat(ReadOnlySpan<char> format) =>
        throw new FormatException(
            $"format must be a money format: empty or G (round trip), F, N or C, each but G with an optional precision 0 to {MaxPrecision}, was \"{format.ToString()}\". "
            + "Percent, scientific, hexadecimal and custom formats do not apply to money.");

    /// <summary>
    /// The culture's currency layout with the ISO code as the symbol. CLDR's currency-spacing rule puts a space between
    /// a symbol made of letters and the digits, so the patterns that join them (<c>$n</c>, <c>n$</c>...) get their
    /// spaced twins (<c>$ n</c>, <c>n $</c>...).
    /// </summary>
    private static NumberFormatInfo CurrencyLayout(NumberFormatInfo culture, string code)
    {
        var layout = (NumberFormatInfo)culture.Clone();
        layout.CurrencySymbol = code;
        layout.CurrencyPositivePattern = layout.CurrencyPositivePattern switch
        {
            0 => 2, // $n -> $ n
            1 => 3, // n$ -> n $
            var spaced => spaced,
        };
        layout.CurrencyNegativePattern = layout.CurrencyNegativePattern switch
        {
            0 => 14, // ($n) -> ($ n)
            1 => 9, // -$n -> -$ n
            2 => 12, // $-n -> $ -n
            3 => 11, // $n- -> $ n-
            4 => 15, // (n$) -> (n $)
            5 => 8, // -n$ -> -n $
            6 => 13, // n-$ -> n- $
            7 => 10, // n$- -> n $-
            var spaced => spaced,
        };
        return layout;
    }

    private static string[] Formats(char letter)
    {
        var formats = new string[MaxPrecision + 1];
        for (var i = 0; i < formats.Length; i++)
        {
            formats[i] = string.Create(CultureInfo.InvariantCulture, $"{letter}{i}");
        }

        return formats;
    }
}
