using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class ClvTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;

    // Published CDNOW fits (Fader, Hardie and Lee 2005; Fader and Hardie's Gamma-Gamma note).
    private static readonly BgNbd Purchases = new(0.243, 4.414, 0.793, 2.426, Week);
    private static readonly GammaGamma Spend = new(6.25, 3.74, 15.44, Currency.Usd);

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    /// <summary>An RFM row for tests (the public door builds rows from logs; this builds one from numbers).</summary>
    internal static CustomerRfm Row(int x, double tx, double t, Money? mean) =>
        new("test", x, new Periods((decimal)tx, PeriodUnit.Week), new Periods((decimal)t, PeriodUnit.Week), mean, null, null);

    [Fact]
    public void ForCustomer_Undiscounted_IsMarginTimesPublishedPurchasesTimesPublishedValue()
    {
        // Without discounting the per-week increments telescope to E[Y(39)]: CDNOW customer 1 (x = 2, t_x = 30.43,
        // T = 38.86, mean 22.35) is expected to buy 1.226 times in 39 weeks (FHL 2005) at 24.66 per purchase (Gamma-Gamma):
        // 1.226 x 24.66 = 30.23 of revenue; at a 100% margin the CLV is 30.23 give or take the rounding of the two
        // published figures (1.2255..1.2265 x 24.655..24.665 = 30.22..30.25).
        var customer = Row(2, 30.43, 38.86, Usd(22.35m));

        var clv = Clv.ForCustomer(Purchases, Spend, customer, 1m, DiscountRate.None(Week), new Periods(39, Week))!.Value;

        Assert.InRange(clv.Amount, 30.22m, 30.25m);
        Assert.Equal(Currency.Usd, clv.Currency);
    }

    [Fact]
    public void ForCustomer_MarginRateScalesTheValue()
    {
        var customer = Row(2, 30.43, 38.86, Usd(22.35m));
        var full = Clv.ForCustomer(Purchases, Spend, customer, 1m, DiscountRate.None(Week), new Periods(39, Week))!.Value;

        var third = Clv.ForCustomer(Purchases, Spend, customer, 0.3m, DiscountRate.None(Week), new Periods(39, Week))!.Value;

        Assert.InRange(third.Amount - (full * 0.3m).Amount, -0.01m, 0.01m);
    }

    [Fact]
    public void ForCustomer_DiscountedLiesBetweenTheBoundsOfItsFirstAndLastPeriod()
    {
        // Every purchase is discounted by between 1 and 39 weekly periods, so
        // undiscounted / 1.01^39 <= discounted <= undiscounted / 1.01.
        var customer = Row(5, 20, 38.86, Usd(40m));
        var undiscounted = Clv.ForCustomer(Purchases, Spend, customer, 1m, DiscountRate.None(Week), new Periods(39, Week))!.Value.Amount;

        var discounted = Clv.ForCustomer(Purchases, Spend, customer, 1m, new DiscountRate(0.01m, Week), new Periods(39, Week))!.Value.Amount;

        Assert.InRange(discounted, (undiscounted / 1.47740m) - 0.01m, (undiscounted / 1.01m) + 0.01m); // 1.01^39 = 1.47740
    }

    [Fact]
    public void ForCustomer_FourWeekDiscountOnAWeeklyModel_ThrowsNamingBothUnits()
    {
        // One rule for units (docs/lifetime-value.md): a four-week rate on a weekly model is not converted silently (0.1
        // stepped by whole four-week periods), it throws, as ShiftedBetaGeometric and Ltv do for the same input.
        var customer = Row(3, 10, 30, Usd(15m));
        var fourWeeks = PeriodUnit.Weeks(4);

        var ex = Assert.Throws<ArgumentException>(
            () => Clv.ForCustomer(Purchases, Spend, customer, 1m, DiscountRate.None(fourWeeks), new Periods(10, fourWeeks)));

        Assert.Equal("discount", ex.ParamName);
        Assert.Contains("P4W", ex.Message, StringComparison.Ordinal);
        Assert.Contains("P1W", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForCustomer_AFourWeekRateConvertedOnPurpose_IsValuedWeekly()
    {
        // 4% per four weeks is 1.04^(1/4) - 1 = 0.00985340654896... per week (hand-worked with 40-digit arithmetic:
        // 0.0098534065489688518...); valuing 40 weeks with it equals valuing with that weekly rate typed in directly.
        var customer = Row(3, 10, 30, Usd(15m));
        var fourWeekly = new DiscountRate(0.04m, PeriodUnit.Weeks(4));

        var weekly = fourWeekly.ConvertTo(Week);
        var converted = Clv.ForCustomer(Purchases, Spend, customer, 1m, weekly, new Periods(40, Week));
        var typed = Clv.ForCustomer(Purchases, Spend, customer, 1m, new DiscountRate(weekly.Value, Week), new Periods(40, Week));

        Assert.InRange(weekly.Value, 0.00985340654896885187m, 0.00985340654896885188m);
        Assert.Equal(typed, converted);

        // Undiscounted, the conversion is exact: none per four weeks is none per week.
        Assert.Equal(DiscountRate.None(Week), DiscountRate.None(PeriodUnit.Weeks(4)).ConvertTo(Week));
    }

    [Fact]
    public void ForCustomer_MonthlyDiscountOnAWeeklyModel_Throws()
    {
        var customer = Row(3, 10, 30, Usd(15m));

        var ex = Assert.Throws<ArgumentException>(
            () => Clv.ForCustomer(Purchases, Spend, customer, 1m, new DiscountRate(0.01m, PeriodUnit.Month), new Periods(12, PeriodUnit.Month)));

        Assert.Equal("discount", ex.ParamName);
        Assert.Throws<ArgumentException>(
            () => Clv.ForCustomer(Purchases, Spend, customer, 1m, new DiscountRate(0.01m, Week), new Periods(12, PeriodUnit.Day)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Clv.ForCustomer(Purchases, Spend, customer, 1.5m, new DiscountRate(0.01m, Week), new Periods(12, Week)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Clv.ForCustomer(Purchases, Spend, customer, 1m, new DiscountRate(0.01m, Week), new Periods(1.5m, Week)));
    }

    [Fact]
    public void ForNewCustomer_Undiscounted_IsPopulationValueTimesExpectedPurchases_AndFeedsTheCpaCeiling()
    {
        // New customer: E[X(52)] x p gamma / (q - 1) x margin; ceiling = value / 3 (LTV:CAC 3).
        var expected = Purchases.ExpectedPurchases(new Periods(52, Week)) * (6.25 * 15.44 / 2.74) * 0.3;

        var value = Clv.ForNewCustomer(Purchases, Spend, 0.3m, DiscountRate.None(Week), new Periods(52, Week))!.Value;
        var ceiling = CpaCeiling.FromLtv(value);

        Assert.InRange(value.Amount - (decimal)expected, -0.01m, 0.01m);
        Assert.Equal(value.Amount / 3m, ceiling.Amount);
    }

    [Fact]
    public void TotalOverCdnow_IsTheSumOfTheCustomers()
    {
        var summary = RfmSummary.Build(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);
        var discount = new DiscountRate(0.002m, Week);
        var horizon = new Periods(52, Week);

        var each = Clv.ForCustomers(Purchases, Spend, summary.Customers, 0.3m, discount, horizon);
        var total = Clv.Total(Purchases, Spend, summary.Customers, 0.3m, discount, horizon);

        Assert.Equal(2357, each.Count);
        Assert.Equal(Money.Sum(each.Select(v => v!.Value), Currency.Usd), total);
        Assert.Equal(Clv.ForCustomer(Purchases, Spend, summary.Customers[0], 0.3m, discount, horizon), each[0]);
    }

    [Fact]
    public void Total_CountsAGroupedRowAsManyTimesAsItsCount()
    {
        // Three identical customers written once with count 3 are worth exactly three times one of them, and the
        // per-row value of the grouped row is one customer's value.
        var one = Row(1, 3, 10, Usd(5m));
        var grouped = new CustomerRfm("group", 1, one.Recency, one.T, one.MonetaryValue, count: 3);
        var discount = new DiscountRate(0.01m, Week);
        var horizon = new Periods(52, Week);
        var single = Clv.ForCustomer(Purchases, Spend, one, 0.3m, discount, horizon)!.Value;

        Assert.Equal(single, Clv.ForCustomers(Purchases, Spend, [grouped], 0.3m, discount, horizon)[0]);
        Assert.Equal(single * 3m, Clv.Total(Purchases, Spend, [grouped], 0.3m, discount, horizon));
        Assert.Equal(Clv.Total(Purchases, Spend, [one, one, one], 0.3m, discount, horizon), Clv.Total(Purchases, Spend, [grouped], 0.3m, discount, horizon));
    }

    [Fact]
    public void ForCustomers_ValuesEachRowAsItsOwnCall_WhenHistoriesRepeat()
    {
        // Identical histories are valued once: the values must still be exactly the one-customer values, row by row, in
        // order, including a row that differs only in its mean value (another history).
        var a = Row(2, 30.43, 38.86, Usd(22.35m));
        var b = Row(0, 0, 38.86, null);
        var c = Row(2, 30.43, 38.86, Usd(40m));
        var discount = new DiscountRate(0.01m, Week);
        var horizon = new Periods(52, Week);
        CustomerRfm[] rows = [a, b, a, c, b, a];

        var values = Clv.ForCustomers(Purchases, Spend, rows, 0.3m, discount, horizon);

        Assert.Equal(rows.Select(r => Clv.ForCustomer(Purchases, Spend, r, 0.3m, discount, horizon)), values);
        Assert.NotEqual(values[0], values[3]);
    }

    [Fact]
    public void AnyRepeatPurchaseModel_Undiscounted_IsMarginTimesItsExpectedPurchasesTimesTheExpectedValue()
    {
        // Pareto/NBD at FHL 2005's CDNOW estimates: without discounting the per-week increments telescope to E[Y(39)], so
        // the CLV is margin x E[Y(39) | x, t_x, T] x E[M | x, m], the two factors taken from the models' own public
        // methods (not from Clv's discounting loop). The total of a base is the table's, which values rows the same way.
        var pareto = new ParetoNbd(0.553, 10.578, 0.606, 11.669, Week);
        var customer = Row(2, 30.43, 38.86, Usd(22.35m));
        var horizon = new Periods(39, Week);
        var expected = 0.3 * pareto.ConditionalExpectedPurchases(horizon, customer) * (double)Spend.ConditionalExpectedValue(customer)!.Value.Amount;

        var clv = Clv.ForCustomer(pareto, Spend, customer, 0.3m, DiscountRate.None(Week), horizon)!.Value;

        Assert.InRange((double)clv.Amount, expected - 1e-9, expected + 1e-9);
        var summary = RfmSummary.Build(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);
        var discount = new DiscountRate(0.002m, Week);
        var table = CustomerValueTable.Create(pareto, Spend, summary.Customers, 0.3m, discount, new Periods(52, Week));
        Assert.Equal(table.TotalClv, Clv.Total(pareto, Spend, summary.Customers, 0.3m, discount, new Periods(52, Week)));
        // A new customer: margin x E[X(39)] (the model's unconditional expectation) x the population mean p gamma / (q - 1).
        var newCustomer = 0.3 * pareto.ExpectedPurchases(horizon) * (6.25 * 15.44 / 2.74);
        var value = (double)Clv.ForNewCustomer(pareto, Spend, 0.3m, DiscountRate.None(Week), horizon)!.Value.Amount;
        Assert.InRange(value, newCustomer - 1e-9, newCustomer + 1e-9);
    }

    [Fact]
    public void CdnowWorkedExample_PrintsTheNumbersOfTheDocs()
    {
        // docs/lifetime-value.md, "Worked example: CDNOW": every number of that code block and the paragraph after it,
        // at the precision the docs print them. The fit-free numbers come from FHL (2005): E[Y(39) | customer 1] = 1.226.
        var week = PeriodUnit.Week;
        var summary = RfmSummary.Build(CdnowData.Transactions(), week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);
        var bg = BgNbd.Fit(summary.Customers);
        var gg = GammaGamma.Fit(summary.Customers);
        var c1 = summary.Customers[0];
        var d = new DiscountRate(0.002m, week);
        var h = new Periods(52, week);

        Assert.Equal(2357, summary.Customers.Count);
        Assert.Equal(0.0126, bg.Parameter("r").StandardError!.Value, 4);
        Assert.Equal(0.727, bg.Model.ProbabilityAlive(c1), 3);
        Assert.Equal(1.226, bg.Model.ConditionalExpectedPurchases(new Periods(39, week), c1), 3);
        Assert.Equal(24.66m, gg.Model.ConditionalExpectedValue(c1)!.Value.Amount, 1);
        Assert.Equal(new Money(10.98m, Currency.Usd), Clv.ForCustomer(bg.Model, gg.Model, c1, 0.30m, d, h)!.Value.Round());
        Assert.Equal(new Money(21_642.85m, Currency.Usd), Clv.Total(bg.Model, gg.Model, summary.Customers, 0.30m, d, h)!.Value.Round());
        var newCustomer = Clv.ForNewCustomer(bg.Model, gg.Model, 0.30m, d, h)!.Value;
        Assert.Equal(new Money(14.59m, Currency.Usd), newCustomer.Round());
        Assert.Equal(new Money(4.86m, Currency.Usd), CpaCeiling.FromLtv(newCustomer).Round());
        Assert.Equal(1.195, bg.Model.ExpectedPurchases(new Periods(39, week)), 3);
        Assert.Equal(1.858, bg.Model.ExpectedPurchases(new Periods(78, week)), 3);
        Assert.Equal(0.574, bg.Model.PurchaseCountProbability(0, new Periods(39, week)), 3);

        var holdout = RfmSummary.Build(CdnowData.Transactions(), week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, new NodaTime.LocalDate(1998, 6, 30));
        var predicted = holdout.Customers.Sum(c => bg.Model.ConditionalExpectedPurchases(new Periods(39, week), c));
        Assert.Equal(1653d, Math.Round(predicted));
        Assert.Equal(1882, holdout.Customers.Sum(c => c.HoldoutFrequency!.Value));
    }

    [Fact]
    public void HeavyTailedSpend_GivesNullForCustomersWithoutRepeats()
    {
        var heavy = new GammaGamma(2, 0.9, 10, Currency.Usd);

        Assert.Null(Clv.ForNewCustomer(Purchases, heavy, 0.3m, DiscountRate.None(Week), new Periods(52, Week)));
        Assert.NotNull(Clv.ForCustomer(Purchases, heavy, Row(1, 3, 10, Usd(5m)), 0.3m, DiscountRate.None(Week), new Periods(52, Week)));
    }

    [Fact]
    public void ZeroHorizon_IsZero() =>
        Assert.Equal(Usd(0m), Clv.ForCustomer(Purchases, Spend, Row(1, 3, 10, Usd(5m)), 0.3m, DiscountRate.None(Week), new Periods(0, Week)));

    [Fact]
    public void Values_AreNotRoundedToCents_AndTotalsAreTheExactSumOfTheParts()
    {
        // The one money rule (docs/lifetime-value.md): the double factor converted to decimal (15 significant digits),
        // times the margin rate, never rounded; until 0.2 Clv rounded each customer to the cent.
        var value = Clv.ForNewCustomer(Purchases, Spend, 0.3m, new DiscountRate(0.01m, Week), new Periods(52, Week))!.Value;
        Assert.NotEqual(value, value.Round());
        Assert.True(value.Amount.Scale > 2);

        var summary = RfmSummary.Build(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);
        var each = Clv.ForCustomers(Purchases, Spend, summary.Customers, 0.3m, new DiscountRate(0.01m, Week), new Periods(13, Week));
        var total = Clv.Total(Purchases, Spend, summary.Customers, 0.3m, new DiscountRate(0.01m, Week), new Periods(13, Week))!.Value;
        Assert.Equal(each.Aggregate(0m, (sum, v) => sum + v!.Value.Amount), total.Amount);
    }
}
