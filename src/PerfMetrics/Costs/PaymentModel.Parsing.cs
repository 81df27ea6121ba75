using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PerfMetrics;

/// <content>Parsing of <see cref="PaymentModel"/> from its invariant text.</content>
public readonly partial struct PaymentModel : ISpanParsable<PaymentModel>
{
    private const string HybridPrefix = "Hybrid(";

    /// <summary>Parses the invariant text written by <see cref="ToString"/>: <c>CPC 0.50 USD</c>, <c>CPM 5.00 USD</c>,
    /// <c>CPL 8.00 USD</c>, <c>CPA 25.00 USD</c>, <c>FlatFee 500.00 USD</c>, <c>RevenueShare 0.1</c> or
    /// <c>Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)</c>. Kind names ignore case.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the text is always invariant.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a payment model's text, or its rate is invalid.</exception>
    public static PaymentModel Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a payment model's invariant text; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a payment model's text, or its rate is invalid.</exception>
    public static PaymentModel Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var model)
            ? model
            : throw new FormatException(
                $"s must be a payment model such as \"CPC 0.50 USD\", \"RevenueShare 0.1\" or \"Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)\", was \"{s.ToString()}\".");

    /// <summary>Tries to parse a payment model's invariant text; never throws for bad text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The model, or <c>default(PaymentModel)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PaymentModel result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a payment model's invariant text; never throws for bad text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The model, or <c>default(PaymentModel)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PaymentModel result)
    {
        result = default;
        s = s.Trim();
        if (s.StartsWith(HybridPrefix, StringComparison.OrdinalIgnoreCase) && s.EndsWith(')'))
        {
            var inner = s[HybridPrefix.Length..^1];
            var parts = new List<PaymentModel>();
            foreach (var range in inner.Split('+'))
            {
                if (!TryParseSimple(inner[range].Trim(), out var part))
                {
                    return false;
                }

                parts.Add(part);
            }

            try
            {
                result = Hybrid([.. parts]);
                return true;
            }
            catch (CurrencyMismatchException)
            {
                return false;
            }
        }

        return TryParseSimple(s, out result);
    }

    private static bool TryParseSimple(ReadOnlySpan<char> s, out PaymentModel result)
    {
        result = default;
        var space = s.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var name = s[..space];
        var rest = s[(space + 1)..].Trim();
        if (name.Equals("RevenueShare", StringComparison.OrdinalIgnoreCase))
        {
            if (!decimal.TryParse(rest, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share > 1m)
            {
                return false;
            }

            result = RevenueShare(share);
            return true;
        }

        PaymentModelKind kind;
        if (name.Equals("CPC", StringComparison.OrdinalIgnoreCase))
        {
            kind = PaymentModelKind.Cpc;
        }
        else if (name.Equals("CPM", StringComparison.OrdinalIgnoreCase))
        {
            kind = PaymentModelKind.Cpm;
        }
        else if (name.Equals("CPL", StringComparison.OrdinalIgnoreCase))
        {
            kind = PaymentModelKind.Cpl;
        }
        else if (name.Equals("CPA", StringComparison.OrdinalIgnoreCase))
        {
            kind = PaymentModelKind.Cpa;
        }
        else if (name.Equals("FlatFee", StringComparison.OrdinalIgnoreCase))
        {
            kind = PaymentModelKind.FlatFee;
        }
        else
        {
            return false;
        }

        if (!Money.TryParse(rest, CultureInfo.InvariantCulture, out var rate) || rate.IsDefault || rate.Amount < 0m)
        {
            return false;
        }

        result = new PaymentModel(kind, rate, 0m, default);
        return true;
    }
}
