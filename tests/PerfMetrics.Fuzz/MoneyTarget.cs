using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PerfMetrics.Fuzz;

/// <summary>
/// Fuzzes the text parsers of the money types: <see cref="Money"/> (string, char-span and UTF-8 overloads),
/// <see cref="Currency"/> (<c>Parse</c>, <c>TryParse</c>, <c>FromCode</c>, <c>Custom</c>) and <see cref="PaymentModel"/>.
/// </summary>
/// <remarks>
/// Rules checked on every input:
/// <list type="bullet">
/// <item>TryParse never throws; Parse throws only the exception its XML docs name (<see cref="FormatException"/>; for
/// <c>Currency.FromCode</c> and <c>Currency.Custom</c> <see cref="ArgumentException"/>), and exactly when TryParse fails.</item>
/// <item>All overloads agree: string, char span, and UTF-8 bytes (when the bytes are valid UTF-8).</item>
/// <item>A parsed value round-trips: <c>Parse(x.ToString()) == x</c> and prints the same text again; money also through
/// its UTF-8 formatter and through the de-DE culture, and its grouped "N" form reads back as the value rounded half away
/// from zero to the currency's minor units (as the "N" format documents).</item>
/// </list>
/// </remarks>
internal static class MoneyTarget
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static void Run(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var validUtf8 = Utf8.IsValid(data);
        CheckMoney(text, data, validUtf8);
        CheckCurrency(text, data.Length);
        CheckPaymentModel(text);
    }

    private static void CheckMoney(string text, byte[] data, bool validUtf8)
    {
        var ok = Money.TryParse(text, null, out var money);
        var okInvariant = Money.TryParse(text, Invariant, out var moneyInvariant);
        var okSpan = Money.TryParse(text.AsSpan(), null, out var moneySpan);
        var okUtf8 = Money.TryParse(data.AsSpan(), null, out var moneyUtf8);
        Same(ok, money, okInvariant, moneyInvariant, "TryParse(string, null) vs TryParse(string, invariant)", text);
        Same(ok, money, okSpan, moneySpan, "TryParse(string) vs TryParse(ReadOnlySpan<char>)", text);
        if (validUtf8)
        {
            Same(ok, money, okUtf8, moneyUtf8, "TryParse(string) vs TryParse(ReadOnlySpan<byte>)", text);
        }

        Money parsed = default;
        var parseOk = false;
        try
        {
            parsed = Money.Parse(text);
            parseOk = true;
        }
        catch (FormatException)
        {
        }

        Same(ok, money, parseOk, parsed, "TryParse(string) vs Parse(string)", text);

        parseOk = false;
        try
        {
            parsed = Money.Parse(text.AsSpan(), Invariant);
            parseOk = true;
        }
        catch (FormatException)
        {
        }

        Same(ok, money, parseOk, parsed, "TryParse(string) vs Parse(ReadOnlySpan<char>)", text);

        parseOk = false;
        try
        {
            parsed = Money.Parse(data.AsSpan());
            parseOk = true;
        }
        catch (FormatException)
        {
        }

        Same(okUtf8, moneyUtf8, parseOk, parsed, "TryParse(ReadOnlySpan<byte>) vs Parse(ReadOnlySpan<byte>)", text);

        if (!ok)
        {
            return;
        }

        InvariantViolationException.Check(!money.IsDefault || money.Amount == 0m, $"a currency-less money must be zero, was {money.Amount} from {Show(text)}");

        // Group separators (issue 15): in accepted invariant text every "," is followed by exactly three digits, and
        // no "," follows the decimal point; so "1,5 EUR" can never be read as 15.
        var trimmed = text.AsSpan().Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] != ',')
            {
                continue;
            }

            var groupOfThree = i + 3 < trimmed.Length
                && char.IsAsciiDigit(trimmed[i + 1]) && char.IsAsciiDigit(trimmed[i + 2]) && char.IsAsciiDigit(trimmed[i + 3])
                && (i + 4 == trimmed.Length || !char.IsAsciiDigit(trimmed[i + 4]));
            InvariantViolationException.Check(
                groupOfThree && !trimmed[..i].Contains('.'),
                $"a misplaced group separator at {i} was accepted: {Show(text)} parsed as {money}");
        }

        // Round trip through the invariant text.
        var printed = money.ToString();
        var again = Money.Parse(printed, Invariant);
        InvariantViolationException.Check(
            again == money && again.ToString() == printed,
            $"round trip: {Show(text)} parsed as {printed}, which reads back as {again}");

        // The UTF-8 formatter writes the same text, and it parses back.
        Span<byte> utf8 = stackalloc byte[256];
        InvariantViolationException.Check(money.TryFormat(utf8, out var written, default, null), $"TryFormat(UTF-8) failed for {printed}");
        InvariantViolationException.Check(
            utf8[..written].SequenceEqual(Encoding.UTF8.GetBytes(printed)),
            $"TryFormat(UTF-8) wrote {Show(Encoding.UTF8.GetString(utf8[..written]))}, ToString {Show(printed)}");
        InvariantViolationException.Check(Money.Parse(utf8[..written]) == money, $"UTF-8 round trip of {printed}");

        // A culture with other separators.
        var german = money.ToString("G", German);
        var germanAgain = Money.Parse(german, German);
        InvariantViolationException.Check(germanAgain == money, $"de-DE round trip: {printed} printed {Show(german)}, read back as {germanAgain}");

        if (money.IsDefault)
        {
            return;
        }

        // "N": grouped, exactly the minor digits, half to even (as Round() and the report tables).
        var rounded = money.Round(MidpointRounding.ToEven);
        foreach (var culture in new[] { Invariant, German })
        {
            var grouped = money.ToString("N", culture);
            var groupedAgain = Money.Parse(grouped, culture);
            InvariantViolationException.Check(
                groupedAgain == rounded,
                $"\"N\" in {culture.Name}: {printed} printed {Show(grouped)}, read back as {groupedAgain}, expected {rounded}");
        }
    }

    private static void CheckCurrency(string text, int length)
    {
        var ok = Currency.TryParse(text, null, out var currency);
        var okSpan = Currency.TryParse(text.AsSpan(), null, out var currencySpan);
        InvariantViolationException.Check(ok == okSpan && currency == currencySpan, $"Currency.TryParse overloads disagree on {Show(text)}");

        var parseOk = false;
        try
        {
            InvariantViolationException.Check(Currency.Parse(text) == currency, $"Currency.Parse and TryParse disagree on {Show(text)}");
            parseOk = true;
        }
        catch (FormatException)
        {
        }

        InvariantViolationException.Check(parseOk == ok, $"Currency.Parse {(parseOk ? "accepted" : "refused")} {Show(text)}, TryParse {(ok ? "accepted" : "refused")} it");

        try
        {
            var fromCode = Currency.FromCode(text);
            InvariantViolationException.Check(ok && fromCode == currency, $"Currency.FromCode accepted {Show(text)} but Parse did not agree");
        }
        catch (ArgumentException)
        {
        }

        if (ok)
        {
            InvariantViolationException.Check(
                !currency.IsDefault && Currency.Parse(currency.ToString()) == currency && Currency.FromCode(currency.Code) == currency,
                $"Currency round trip of {Show(text)}");
        }

        try
        {
            var custom = Currency.Custom(text, length % (Currency.MaxMinorUnits + 1), length % 1000);
            InvariantViolationException.Check(
                string.Equals(custom.Code, text, StringComparison.OrdinalIgnoreCase) && !Currency.TryFromCode(custom.Code, out _) && !ok,
                $"Currency.Custom accepted {Show(text)} as {custom.Code}");
        }
        catch (ArgumentException)
        {
        }
    }

    private static void CheckPaymentModel(string text)
    {
        var ok = PaymentModel.TryParse(text, null, out var model);
        var okSpan = PaymentModel.TryParse(text.AsSpan(), Invariant, out var modelSpan);
        InvariantViolationException.Check(ok == okSpan && model == modelSpan, $"PaymentModel.TryParse overloads disagree on {Show(text)}");

        var parseOk = false;
        try
        {
            InvariantViolationException.Check(PaymentModel.Parse(text) == model, $"PaymentModel.Parse and TryParse disagree on {Show(text)}");
            parseOk = true;
        }
        catch (FormatException)
        {
        }

        InvariantViolationException.Check(parseOk == ok, $"PaymentModel.Parse {(parseOk ? "accepted" : "refused")} {Show(text)}, TryParse {(ok ? "accepted" : "refused")} it");

        if (ok)
        {
            var printed = model.ToString();
            var again = PaymentModel.Parse(printed);
            InvariantViolationException.Check(
                again == model && again.ToString() == printed,
                $"PaymentModel round trip: {Show(text)} parsed as {printed}, which reads back as {again}");
        }
    }

    private static void Same(bool okA, Money a, bool okB, Money b, string what, string text) =>
        InvariantViolationException.Check(
            okA == okB && (!okA || (a == b && a.ToString() == b.ToString())),
            $"{what} disagree on {Show(text)}: {(okA ? a.ToString() : "refused")} vs {(okB ? b.ToString() : "refused")}");

    /// <summary>Quotes text with control and non-ASCII characters escaped, so messages show the exact input.</summary>
    internal static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append('"').ToString();
    }
}
