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

    /// <summary>
    /// A statistic (a fitted parameter, a standard error, a probability, an estimate) to four significant digits, half to
    /// even, trailing zeros dropped and never in exponent form from 0.0001 up (<c>0.2426</c>, <c>4.414</c>, <c>12346</c>,
    /// <c>0.0001234</c>); below 0.0001 in exponent form with four significant digits (<c>1.234E-05</c>). <c>n/a</c> for null.
    /// </summary>
    internal static string Number(double? value)
    {
        if (value is not { } v)
        {
            return Undefined;
        }

        if (v == 0d || !double.IsFinite(v))
        {
            return v == 0d ? "0" : v.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(v)));
        if (magnitude < -4)
        {
            return v.ToString("0.###E+00", CultureInfo.InvariantCulture);
        }

        var decimals = Math.Clamp(3 - magnitude, 0, 15);
        var rounded = Math.Round(v, decimals, MidpointRounding.ToEven);
        return rounded == 0d ? "0" : rounded.ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>A log-likelihood (or another sum of logs) with two decimals, half to even: <c>-9582.43</c>.</summary>
    internal static string LogLikelihood(double value) => Math.Round(value, 2, MidpointRounding.ToEven).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A count that is usually whole (paths, conversions of a path table) with two decimals at most, thousands grouped: <c>1,234</c>, <c>2.5</c>.</summary>
    internal static string Quantity(double value) => Math.Round(value, 2, MidpointRounding.ToEven).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A number for CSV in its exact invariant form (shortest round trip for a double); empty for null.</summary>
    internal static string Exact(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A number for CSV in its exact invariant form; empty for null.</summary>
    internal static string Exact(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

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
