using System.Globalization;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class RfmSummaryTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static CustomerTransaction Tx(string id, LocalDate date, decimal usd) => new(id, date, Usd(usd));

    [Fact]
    public void Build_CdnowSample_MatchesThePublishedSummaryForEveryCustomer()
    {
        // CDNOW_sample.txt -> cdnow_customers_summary*.csv (Fader and Hardie's CDNOW 1/10th sample): cut-off 1997-09-30
        // inclusive, same-day lines summed, weeks = days / 7. The published file rounds recency and T to 2 decimals and
        // zbar to cents (half-up on the exact decimal mean).
        var summary = RfmSummary.Build(CdnowData.Transactions(), PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);

        Assert.Equal(2357, summary.Customers.Count);
        Assert.Equal(0, summary.CustomersFirstSeenInHoldout);
        Assert.Equal(PeriodUnit.Week, summary.Unit);
        var expected = CdnowData.Summary.ToDictionary(r => r.Id);
        var repeatBuyers = 0;
        foreach (var row in summary.Customers)
        {
            var published = expected[int.Parse(row.CustomerId, CultureInfo.InvariantCulture)];
            Assert.Equal(published.X, row.Frequency);
            Assert.Equal((decimal)published.Tx, Math.Round(row.Recency.Count, 2, MidpointRounding.AwayFromZero));
            Assert.Equal((decimal)published.T, Math.Round(row.T.Count, 2, MidpointRounding.AwayFromZero));
            Assert.Equal(PeriodUnit.Week, row.T.Unit);
            if (published.X == 0)
            {
                Assert.Null(row.MonetaryValue);
            }
            else
            {
                repeatBuyers++;
                Assert.Equal(Usd(published.Zbar), row.MonetaryValue!.Value.Round(MidpointRounding.AwayFromZero));
            }
        }

        Assert.Equal(946, repeatBuyers);
    }

    [Fact]
    public void Build_CdnowSample_CountsTheLinesAfterTheCutOff()
    {
        // 6,919 lines, of which those dated 1997-10-01..1998-06-30 are after the calibration end; counted independently here.
        var log = CdnowData.Transactions();
        var after = log.Count(t => t.Date > CdnowData.CalibrationEnd);

        var summary = RfmSummary.Build(log, PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);

        Assert.Equal(6919, log.Count);
        Assert.True(after > 0);
        Assert.Equal(after, summary.TransactionsAfterObservationEnd);
        Assert.Null(summary.HoldoutLength);
        Assert.Null(summary.Customers[0].HoldoutFrequency);
    }

    [Fact]
    public void Build_HandWorkedLog_MergesSameDayAndAveragesRepeatPurchases()
    {
        // Customer "a": 1 Jan 10 + 5 (same day: one transaction of 15), 8 Jan 20, 15 Jan 30 + 1 (one of 31), 1 Mar 99
        // (after the end 31 Jan: excluded, counted). x = 2, t_x = 14 days = 2 weeks, T = 30 days = 30/7 weeks,
        // monetary = (20 + 31) / 2 = 25.50. Customer "b": one purchase on 31 Jan: x = 0, t_x = 0, T = 0, no monetary value.
        LocalDate end = new(2024, 1, 31);
        var log = new[]
        {
            Tx("a", Jan1, 10m), Tx("a", Jan1, 5m), Tx("a", Jan1.PlusDays(7), 20m), Tx("a", Jan1.PlusDays(14), 30m),
            Tx("a", Jan1.PlusDays(14), 1m), Tx("a", new LocalDate(2024, 3, 1), 99m), Tx("b", end, 7m),
        };

        var summary = RfmSummary.Build(log.Reverse(), PeriodUnit.Week, PurchaseMerging.SameDay, end);

        Assert.Equal(1, summary.TransactionsAfterObservationEnd);
        var a = summary.Customers[0];
        Assert.Equal("a", a.CustomerId);
        Assert.Equal(2, a.Frequency);
        Assert.Equal(new Periods(2m, PeriodUnit.Week), a.Recency);
        Assert.Equal(30m / 7m, a.T.Count);
        Assert.Equal(Usd(25.50m), a.MonetaryValue);
        var b = summary.Customers[1];
        Assert.Equal(0, b.Frequency);
        Assert.Equal(0m, b.Recency.Count);
        Assert.Equal(0m, b.T.Count);
        Assert.Null(b.MonetaryValue);
    }

    [Fact]
    public void Build_SamePeriodMonths_MergesWithinAMonthOfTheFirstPurchase()
    {
        // First purchase 31 Jan; a purchase is in month n when n is the largest count with 31 Jan + n months <= its date
        // (NodaTime clamps 31 Jan + 1 month to 29 Feb 2024). 15 Feb: month 0 (merges with 31 Jan), 29 Feb: month 1,
        // 31 Mar: month 2. Observation end 30 Apr = 31 Jan + 3 months (clamped): T = 3. So x = 2, t_x = 2,
        // monetary = (10 + 40) / 2 = 25.
        var log = new[]
        {
            Tx("c", new LocalDate(2024, 1, 31), 10m), Tx("c", new LocalDate(2024, 2, 15), 10m),
            Tx("c", new LocalDate(2024, 2, 29), 10m), Tx("c", new LocalDate(2024, 3, 31), 40m),
        };

        var summary = RfmSummary.Build(log, PeriodUnit.Month, PurchaseMerging.SamePeriod, new LocalDate(2024, 4, 30));

        var c = Assert.Single(summary.Customers);
        Assert.Equal(2, c.Frequency);
        Assert.Equal(new Periods(2m, PeriodUnit.Month), c.Recency);
        Assert.Equal(new Periods(3m, PeriodUnit.Month), c.T);
        Assert.Equal(Usd(25m), c.MonetaryValue);
    }

    [Fact]
    public void Build_WithHoldout_SplitsFrequencyAndValueAtTheCalibrationEnd()
    {
        // Calibration to 14 Jan, holdout 15..28 Jan (14 days = 2 weeks). "a": 1 Jan, 8 Jan | 15 Jan 3 + 4 (one
        // transaction), 20 Jan 5, 1 Feb 100 (after the end). "z": first buys on 16 Jan, so not a calibration customer.
        var calibrationEnd = new LocalDate(2024, 1, 14);
        var end = new LocalDate(2024, 1, 28);
        var log = new[]
        {
            Tx("a", Jan1, 1m), Tx("a", Jan1.PlusDays(7), 2m), Tx("a", Jan1.PlusDays(14), 3m), Tx("a", Jan1.PlusDays(14), 4m),
            Tx("a", Jan1.PlusDays(19), 5m), Tx("a", new LocalDate(2024, 2, 1), 100m), Tx("z", Jan1.PlusDays(15), 9m),
        };

        var summary = RfmSummary.Build(log, PeriodUnit.Week, PurchaseMerging.SameDay, calibrationEnd, end);

        var a = Assert.Single(summary.Customers);
        Assert.Equal(1, a.Frequency);
        Assert.Equal(1m, a.Recency.Count);
        Assert.Equal(13m / 7m, a.T.Count);
        Assert.Equal(Usd(2m), a.MonetaryValue);
        Assert.Equal(2, a.HoldoutFrequency);
        Assert.Equal(Usd(12m), a.HoldoutValue);
        Assert.Equal(new Periods(2m, PeriodUnit.Week), summary.HoldoutLength);
        Assert.Equal(1, summary.CustomersFirstSeenInHoldout);
        Assert.Equal(1, summary.TransactionsAfterObservationEnd);
    }

    [Fact]
    public void Build_DefaultLine_ThrowsNamingTheRow()
    {
        var log = new[] { Tx("a", Jan1, 1m), default };

        var ex = Assert.Throws<ArgumentException>(() => RfmSummary.Build(log, PeriodUnit.Day, PurchaseMerging.SameDay, Jan1));

        Assert.Contains("transactions[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MixedCurrencies_ThrowsCurrencyMismatchNamingTheRow()
    {
        var log = new[] { Tx("a", Jan1, 1m), new CustomerTransaction("b", Jan1, new Money(1m, Currency.Eur)) };

        var ex = Assert.Throws<CurrencyMismatchException>(() => RfmSummary.Build(log, PeriodUnit.Day, PurchaseMerging.SameDay, Jan1));

        Assert.Equal("transactions[1]", ex.ParamName);
    }

    [Fact]
    public void Build_EmptyOrAllAfterTheEnd_Throws()
    {
        Assert.Throws<ArgumentException>(() => RfmSummary.Build([], PeriodUnit.Day, PurchaseMerging.SameDay, Jan1));
        var ex = Assert.Throws<ArgumentException>(
            () => RfmSummary.Build([Tx("a", Jan1.PlusDays(1), 1m)], PeriodUnit.Day, PurchaseMerging.SameDay, Jan1));
        Assert.Contains("1 after the observation end", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameDayWithCalendarUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => RfmSummary.Build([Tx("a", Jan1, 1m)], PeriodUnit.Month, PurchaseMerging.SameDay, Jan1));

        Assert.Equal("merging", ex.ParamName);
        Assert.Throws<ArgumentException>(() => RfmSummary.Build([Tx("a", Jan1, 1m)], default, PurchaseMerging.SameDay, Jan1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmSummary.Build([Tx("a", Jan1, 1m)], PeriodUnit.Day, default, Jan1));
    }

    [Fact]
    public void Build_HoldoutEndingBeforeCalibration_Throws() =>
        Assert.Throws<ArgumentException>(
            () => RfmSummary.Build([Tx("a", Jan1, 1m)], PeriodUnit.Day, PurchaseMerging.SameDay, Jan1, Jan1.PlusDays(-1)));

    [Fact]
    public void CustomerTransaction_InstantInZone_TakesTheLocalCalendarDay()
    {
        // 2024-01-01T23:30Z is 2 January in Berlin (UTC+1) and 1 January in New York.
        var instant = Instant.FromUtc(2024, 1, 1, 23, 30);

        var berlin = CustomerTransaction.At("a", instant, DateTimeZoneProviders.Tzdb["Europe/Berlin"], Usd(1m));
        var newYork = CustomerTransaction.At("a", instant, DateTimeZoneProviders.Tzdb["America/New_York"], Usd(1m));

        Assert.Equal(new LocalDate(2024, 1, 2), berlin.Date);
        Assert.Equal(Jan1, newYork.Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => Tx("a", Jan1, -0.01m));
        Assert.Throws<ArgumentException>(() => Tx(string.Empty, Jan1, 1m));
    }

    [Fact]
    public void CustomerTransaction_EqualityAndText()
    {
        ContractAssert.Equality(Tx("a", Jan1, 1m), Tx("a", Jan1, 1m), Tx("A", Jan1, 1m));
        Assert.Equal("a 2024-01-01 1.00 USD", Tx("a", Jan1, 1.00m).ToString());
        Assert.StartsWith("(no id) ", default(CustomerTransaction).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerRfm_EqualityAndText_UnderAGermanCulture()
    {
        using var culture = new CultureScope("de-DE");
        var summary = RfmSummary.Build([Tx("a", Jan1, 10m), Tx("a", Jan1.PlusDays(7), 2.5m)], PeriodUnit.Week, PurchaseMerging.SameDay, Jan1.PlusDays(14));
        var again = RfmSummary.Build([Tx("a", Jan1.PlusDays(7), 2.5m), Tx("a", Jan1, 10m)], PeriodUnit.Week, PurchaseMerging.SameDay, Jan1.PlusDays(14));
        var other = RfmSummary.Build([Tx("a", Jan1, 10m), Tx("a", Jan1.PlusDays(7), 2.6m)], PeriodUnit.Week, PurchaseMerging.SameDay, Jan1.PlusDays(14));

        ContractAssert.Equality(summary.Customers[0], again.Customers[0], other.Customers[0]);
        Assert.Equal("a: x=1, t_x=1 week, T=2 weeks, m=2.50 USD", summary.Customers[0].ToString());
        Assert.StartsWith("RFM of 1 customers per week to 2024-01-15", summary.ToString(), StringComparison.Ordinal);
    }
}
