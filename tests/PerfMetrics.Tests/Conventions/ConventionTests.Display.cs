using System.Text.RegularExpressions;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Conventions;

/// <summary>
/// The display rule (docs/design.md, "Display"): ToString() of a result rounds for display. Each covered result is built
/// from inputs whose exact values have 28 significant digits (a third of a unit), and its text may show at most the
/// display precision: four digits after a decimal point (money shows two, ratios two, percents one). Covered, for the
/// namespaces on main at issue 17: PerfMetrics.Metrics (MarginCheck, MarginalCpaCheck, MarginalRoasCheck,
/// PaymentModelOutcome, PaymentModelTable, VerdictRule, CampaignReportRow, CampaignReport), PerfMetrics.Lifetime
/// (CeilingCheck), PerfMetrics.Attribution (ChannelReport). Add the results of new namespaces (Experiments, Budget) here.
/// </summary>
public partial class ConventionTests
{
    private static readonly Regex LongFraction = new(@"\d\.\d{5,}", RegexOptions.CultureInvariant);

    private static Money Third(decimal units) => new(units / 3m, Currency.Usd);

    public static TheoryData<string, string> DisplayedResults()
    {
        var usd = Currency.Usd;
        var delivery = new Delivery(impressions: 30_000, clicks: 700, acquisitions: 3, revenue: Third(1_000m));
        var models = new[] { PaymentModel.Cpc(new Money(0.5m, usd)), PaymentModel.Cpa(new Money(10m, usd)), PaymentModel.RevenueShare(0.2m) };
        var table = PaymentModelComparison.Of(delivery, Third(100m), models);
        var campaign = new CampaignDelivery("c", new Channel("search"), models[0], delivery);
        var paths = new PathTableBuilder(usd).Add([new Channel("a"), new Channel("b")], 3, Third(1_000m), 1).ToPathTable();
        var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var report = ChannelReport.ForPeriod(
            AttributionEngine.Attribute(paths, AttributionModels.Linear),
            [new Spend(new Channel("a"), Third(100m), new DateInterval(new LocalDate(2026, 2, 20), new LocalDate(2026, 3, 10)))],
            march,
            VerdictRule.MarginRate(0.35m));
        return new TheoryData<string, string>
        {
            { nameof(MarginCheck), CpaVersusMargin.Of(Third(100m), 7m, Third(20m)).ToString() },
            { nameof(MarginalCpaCheck), MarginalCpa.Of(Third(100m), 3m, Third(200m), 10m, Third(20m)).ToString() },
            { nameof(MarginalRoasCheck), MarginalRoas.Of(Third(100m), Third(200m), Third(200m), Third(700m), 0.3m).ToString() },
            { nameof(PaymentModelOutcome), table[0].ToString() },
            { nameof(PaymentModelTable), table.ToString() },
            { nameof(VerdictRule), VerdictRule.MarginRate(0.3m).ToString() + " " + VerdictRule.UnitMargin(Third(100m)) },
            { nameof(CampaignReportRow), CampaignReport.Of([campaign], Third(100m), models).Rows[0].ToString() },
            { nameof(CampaignReport), CampaignReport.Of([campaign], Third(100m), models).ToString() },
            { nameof(CeilingCheck), CpaCeiling.Check(Third(100m), 7m, Third(20m))!.Value.ToString() },
            { nameof(ChannelReport), report.ToString() },
        };
    }

    [Theory]
    [MemberData(nameof(DisplayedResults))]
    public void ResultToString_RoundsForDisplay(string type, string text)
    {
        var match = LongFraction.Match(text);
        Assert.False(match.Success, $"{type}.ToString() shows {match.Value} in:\n{text}");
    }
}
