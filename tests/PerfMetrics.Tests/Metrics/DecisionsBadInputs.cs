using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Bad-input rows for the decision layer (issue 17): verdict rules, channel reports over a period, campaign reports and
/// their CSV reader, payback on a fitted retention curve.
/// </summary>
internal static class DecisionsBadInputs
{
    private const string Margin = "must be greater than 0 and at most 1";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Channel Email = new("email");
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    private static AttributionResult Credit() =>
        AttributionEngine.Attribute(new PathTableBuilder(Usd).Add([Email], 2d, new Money(30m, Usd), 1d).ToPathTable(), AttributionModels.Linear);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Verdict rules
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", Zero, "zero margin rate", () => VerdictRule.MarginRate(0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", OutOfRange, "35 meant as 35%", () => VerdictRule.MarginRate(35m), "marginRate", "(a rate is a fraction: 0.10 for 10%), was 35.");
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", Negative, "negative margin rate", () => VerdictRule.MarginRate(-0.1m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.UnitMargin(Money)", Negative, "negative unit margin", () => VerdictRule.UnitMargin(new Money(-1m, Usd)), "unitMargin", "must be non-negative");
        yield return Row.Throws<ArgumentException>("VerdictRule.UnitMargin(Money)", DefaultStruct, "default(Money)", () => VerdictRule.UnitMargin(default), "unitMargin", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.CpaCeiling(Money)", Negative, "negative ceiling", () => VerdictRule.CpaCeiling(new Money(-1m, Usd)), "ceiling", "must be non-negative");
        yield return Row.Throws<ArgumentException>("VerdictRule.CpaCeiling(Money)", DefaultStruct, "default(Money)", () => VerdictRule.CpaCeiling(default), "ceiling", "must be in a currency");

        // Channel report by rule and over a period
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", Null, "null attribution", () => ChannelReport.Of(null!, [], VerdictRule.MarginRate(0.3m)), "attribution", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", Null, "null spends", () => ChannelReport.Of(Credit(), null!, VerdictRule.MarginRate(0.3m)), "spends", "null");
        yield return Row.Throws<ArgumentException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", DefaultStruct, "default(VerdictRule)", () => ChannelReport.Of(Credit(), [], default(VerdictRule)), "rule", "must be a verdict rule");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", CurrencyMismatch, "ceiling in EUR for a USD report", () => ChannelReport.Of(Credit(), [], VerdictRule.CpaCeiling(new Money(40m, Eur))), "rule", "cannot be combined");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", CurrencyMismatch, "EUR spend", () => ChannelReport.Of(Credit(), [new Spend(Email, new Money(1m, Eur), March)], VerdictRule.MarginRate(0.3m)), "spends[0]", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null attribution", () => ChannelReport.ForPeriod(null!, [], March), "attribution", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null spends", () => ChannelReport.ForPeriod(Credit(), null!, March), "spends", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null period", () => ChannelReport.ForPeriod(Credit(), [], null!), "period", "null");
        yield return Row.Throws<ArgumentException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null spend", () => ChannelReport.ForPeriod(Credit(), [null!], March), "spends", "spends[0] must not be null");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", CurrencyMismatch, "ceiling in EUR for a USD report", () => ChannelReport.ForPeriod(Credit(), [], March, VerdictRule.CpaCeiling(new Money(40m, Eur))), "rule", "cannot be combined");
        yield return Row.Throws<ArgumentException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Inconsistent, "spend in another calendar", () => ChannelReport.ForPeriod(Credit(), [new Spend(Email, new Money(1m, Usd), new DateInterval(new LocalDate(2026, 3, 1, CalendarSystem.Julian), new LocalDate(2026, 3, 5, CalendarSystem.Julian)))], March), "spends[0]", "must use the calendar of the period");
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        yield break;
    }
}
