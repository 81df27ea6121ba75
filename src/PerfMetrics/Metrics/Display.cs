using System.Globalization;

namespace PerfMetrics.Metrics;

/// <summary>
/// The display rule of the library (docs/design.md, "Display"): how <c>ToString()</c> of a result and every report table
/// show a number. Exact values stay on the properties; only text rounds, half to even (as <see cref="PerfMetrics.Money.Round(MidpointRounding)"/>).
/// </summary>
/// <remarks>
/// Money: the currency's minor units, thousands grouped, then the code (<c>1,250.50 USD</c>; the <c>N</c> money format).
/// Ratios (ROAS, break-even ROAS): two decimals (<c>2.90</c>). Shares: one decimal as a percent (<c>35.0%</c>).
/// Fractional counts (attributed conversions): two decimals, grouped. Undefined (null): <c>n/a</c>. Invariant culture always.
/// </remarks>
internal static class Display
{
    /// <summary>The text of an undefined value.</summary>
    internal const string Undefined = "n/a";

    /// <summary>Money at its currency's minor units, thousands grouped, then the code; <c>n/a</c> for null.</summary>
    internal static string Money(Money? value) => value is { } m ? m.ToString("N", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>A ratio such as ROAS with two decimals (half to even); <c>n/a</c> for null.</summary>
    internal static string Ratio(decimal? value) =>
        value is { } v ? decimal.Round(v, 2, MidpointRounding.ToEven).ToString("#,0.00", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>A share (a fraction) as a percent with one decimal (half to even); <c>n/a</c> for null.</summary>
    internal static string Percent(decimal? share) =>
        share is { } s ? decimal.Round(s * 100m, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Undefined;

    /// <summary>A share (a fraction, double) as a percent with one decimal; <c>n/a</c> for null.</summary>
    internal static string Percent(double? share) => share is { } s ? (s * 100d).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Undefined;

    /// <summary>A whole count, thousands grouped.</summary>
    internal static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A fractional count with two decimals, thousands grouped; <c>n/a</c> for null.</summary>
    internal static string Count(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>Money for CSV: minor units, no grouping, no code (the column header names the currency); empty for null.</summary>
    internal static string Plain(Money? value) => value is { } m ? m.ToString("F", CultureInfo.InvariantCulture)[..^(m.IsDefault ? 0 : m.Currency.Code.Length + 1)] : string.Empty;

    /// <summary>A payment model with its money at display precision: <c>CPC 0.50 USD</c>, <c>RevenueShare 20%</c>.</summary>
    internal static string Model(PaymentModel model) => model.Kind switch
    {
        PaymentModelKind.RevenueShare => "RevShare " + Percent(model.Share).Replace(".0%", "%", StringComparison.Ordinal),
        PaymentModelKind.Hybrid => string.Join(" + ", model.Parts.Select(Model)),
        0 => "None",
        _ => model.Kind.ToString().ToUpperInvariant().Replace("FLATFEE", "Fee", StringComparison.Ordinal) + " " + Money(model.Rate),
    };
}
