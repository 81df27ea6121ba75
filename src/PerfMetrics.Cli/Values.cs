using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Cli;

/// <summary>
/// The parsers of option values, one per kind of value, shared by every command: money (<c>38USD</c> or <c>"38 USD"</c>),
/// money per day (<c>50USD/day</c>), decimals, currencies, period units and dates, all in the invariant culture. A value
/// that does not parse is a usage error (exit code 2) naming the option; a value that parses but is out of range is
/// left to the library, whose message names the rule (exit code 1).
/// </summary>
internal static class Values
{
    /// <summary>A money option, <c>38USD</c> or <c>"38 USD"</c>.</summary>
    internal static Option<Money?> Money(string name, string description) =>
        new(name) { Description = description, HelpName = "AMOUNT", CustomParser = r => ParseMoney(r, r.Tokens[0].Value) };

    /// <summary>A spend option: a total (<c>350USD</c>) or a daily amount (<c>50USD/day</c>, with <c>--days</c>).</summary>
    internal static Option<SpendValue?> Spend(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "AMOUNT[/day]",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var slash = text.IndexOf('/', StringComparison.Ordinal);
                if (slash < 0)
                {
                    return ParseMoney(r, text) is { } total ? new SpendValue(total, PerDay: false) : null;
                }

                var per = text[(slash + 1)..].Trim();
                if (!per.Equals("day", StringComparison.OrdinalIgnoreCase) && !per.Equals("d", StringComparison.OrdinalIgnoreCase))
                {
                    r.AddError($"{OptionName(r)} must be an amount (350USD) or an amount per day (50USD/day), was \"{text}\".");
                    return null;
                }

                return ParseMoney(r, text[..slash]) is { } daily ? new SpendValue(daily, PerDay: true) : null;
            },
        };

    /// <summary>A decimal option (invariant culture: <c>0.38</c>, <c>14</c>).</summary>
    internal static Option<decimal?> Decimal(string name, string description, string helpName = "NUMBER") =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                r.AddError($"{OptionName(r)} must be a number such as 14 or 0.38 (invariant culture, no thousands separators), was \"{text}\".");
                return null;
            },
        };

    /// <summary>A whole-number option.</summary>
    internal static Option<int?> Integer(string name, string description, string helpName = "N") =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                r.AddError($"{OptionName(r)} must be a whole number, was \"{text}\".");
                return null;
            },
        };

    /// <summary>A currency option: an ISO 4217 code such as <c>USD</c>.</summary>
    internal static Option<Currency?> Currency(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "CODE",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                if (PerfMetrics.Currency.TryParse(text, CultureInfo.InvariantCulture, out var currency))
                {
                    return currency;
                }

                r.AddError($"{OptionName(r)} must be an ISO 4217 currency code such as USD or EUR, was \"{text}\".");
                return null;
            },
        };

    /// <summary>A period-unit option: <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c> or <c>year</c>.</summary>
    internal static Option<PeriodUnit?> Unit(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "day|week|month|quarter|year",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                PeriodUnit? unit = text.ToLowerInvariant() switch
                {
                    "day" or "days" => PeriodUnit.Day,
                    "week" or "weeks" => PeriodUnit.Week,
                    "month" or "months" => PeriodUnit.Month,
                    "quarter" or "quarters" => PeriodUnit.Quarter,
                    "year" or "years" => PeriodUnit.Year,
                    _ => null,
                };
                if (unit is null)
                {
                    r.AddError($"{OptionName(r)} must be day, week, month, quarter or year, was \"{text}\".");
                }

                return unit;
            },
        };

    /// <summary>A date option in ISO form, <c>1997-09-30</c>.</summary>
    internal static Option<LocalDate?> Date(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "YYYY-MM-DD",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                r.AddError($"{OptionName(r)} must be a date such as 1997-09-30, was \"{text}\".");
                return null;
            },
        };

    /// <summary>The value of a required option, or a usage error naming it.</summary>
    internal static T Required<T>(ParseResult result, Option<T?> option)
        where T : struct =>
        result.GetValue(option) ?? throw new UsageException($"{option.Name} is required; see --help.");

    /// <summary>The value of a required option of a reference type, or a usage error naming it.</summary>
    internal static T RequiredObject<T>(ParseResult result, Option<T?> option)
        where T : class =>
        result.GetValue(option) ?? throw new UsageException($"{option.Name} is required; see --help.");

    /// <summary>Parses money as the library does (<see cref="Money.Parse(string, IFormatProvider?)"/>), also without the space: <c>38USD</c>.</summary>
    internal static Money? ParseMoney(ArgumentResult r, string text)
    {
        if (TryParseMoney(text) is { } money)
        {
            return money;
        }

        r.AddError($"{OptionName(r)} must be an amount and a currency code such as 38USD or \"38.50 EUR\", was \"{text}\".");
        return null;
    }

    /// <summary>Parses <c>38USD</c> or <c>38 USD</c> with the library's money parser; null when it is not money text.</summary>
    internal static Money? TryParseMoney(string text)
    {
        var trimmed = text.Trim();
        var split = trimmed.Length;
        while (split > 0 && char.IsAsciiLetter(trimmed[split - 1]))
        {
            split--;
        }

        return split > 0 && split < trimmed.Length
            && PerfMetrics.Money.TryParse($"{trimmed[..split].TrimEnd()} {trimmed[split..]}", CultureInfo.InvariantCulture, out var money)
            ? money
            : null;
    }

    private static string OptionName(ArgumentResult r) =>
        r.Parent is OptionResult option ? option.Option.Name : "the value";
}

/// <summary>A spend as written on the command line: a total, or an amount per day to multiply by <c>--days</c>.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="PerDay">Whether the amount is per day.</param>
internal readonly record struct SpendValue(Money Amount, bool PerDay);

/// <summary>Option parsers of the experiment commands: group counts (<c>1100/90000</c>), fractions, date ranges.</summary>
internal static class ExperimentValues
{
    /// <summary>A group's conversions and users, <c>CONVERSIONS/USERS</c> such as <c>1100/90000</c> (1,100 conversions among 90,000 users).</summary>
    internal static Option<CountsValue?> Counts(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "CONVERSIONS/USERS",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var slash = text.IndexOf('/', StringComparison.Ordinal);
                if (slash > 0
                    && long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var conversions)
                    && long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var users))
                {
                    // The library checks the counts (conversions at most users) when the command runs: exit code 1 with its rule.
                    return new CountsValue(conversions, users);
                }

                r.AddError($"{name} must be CONVERSIONS/USERS in whole numbers such as 1100/90000, was \"{text}\".");
                return null;
            },
        };

    /// <summary>A double option (invariant culture): rates, power, confidence levels.</summary>
    internal static Option<double?> Fraction(string name, string description, string helpName = "FRACTION") =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                r.AddError($"{name} must be a number such as 0.95 (a fraction, invariant culture), was \"{text}\".");
                return null;
            },
        };

    /// <summary>A range of days, <c>2015-01-05..2015-02-15</c>, both ends included.</summary>
    internal static Option<DateInterval?> Dates(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "FIRST..LAST",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var dots = text.IndexOf("..", StringComparison.Ordinal);
                if (dots > 0)
                {
                    var first = LocalDatePattern.Iso.Parse(text[..dots]);
                    var last = LocalDatePattern.Iso.Parse(text[(dots + 2)..]);
                    if (first.Success && last.Success)
                    {
                        if (last.Value < first.Value)
                        {
                            r.AddError($"{name} must end on or after its first day, was \"{text}\".");
                            return null;
                        }

                        return new DateInterval(first.Value, last.Value);
                    }
                }

                r.AddError($"{name} must be a range of days such as 2015-01-05..2015-02-15, was \"{text}\".");
                return null;
            },
        };
}

/// <summary>A group's counts as written on the command line; <see cref="ToCounts"/> lets the library check them.</summary>
/// <param name="Conversions">The conversions.</param>
/// <param name="Users">The users.</param>
internal readonly record struct CountsValue(long Conversions, long Users)
{
    /// <summary>The library's group counts; throws its <see cref="ArgumentException"/> for counts it rejects.</summary>
    internal Experiments.GroupCounts ToCounts() => new(Users, Conversions);
}
