using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Lifetime;

namespace PerfMetrics.Tests.Concurrency;

/// <summary>
/// Thread safety (issue 8, item 5; SPEC §6 "every public type is immutable and every calculator is pure: safe to share
/// across threads"). Every calculator and model runs from 16 threads at once, released together by a
/// <see cref="Barrier"/>, on ONE shared set of inputs, and each result must equal the single-threaded result exactly:
/// decimals including their scale, doubles bit for bit (see <see cref="Fingerprint"/>).
/// </summary>
/// <remarks>
/// The single-threaded reference is computed on a separate but identical set of inputs, so the shared inputs (fitted
/// models with lazily built members such as <see cref="MarkovModel.Transitions"/>, path tables, summaries) are first
/// touched by the concurrent threads: a race in a lazy initialisation would show up as a difference or an exception.
/// Each thread walks the cases in its own rotated order, so different calculators overlap as well as equal ones.
/// </remarks>
public class ConcurrencyTests
{
    private const int Workers = 16;
    private const int Repetitions = 3;

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Channel Search = new("search");
    private static readonly Channel Social = new("social");
    private static readonly Channel Email = new("email");
    private static readonly Channel Direct = new("direct");

    /// <summary>The cases: a name, the public types it exercises, and the work (returning everything it computed).</summary>
    private static readonly Case[] Cases =
    [
        new("Money operators", [typeof(Money), typeof(Currency)], i =>
        {
            var a = new Money(1234.5678m, Usd);
            var b = Money.Parse("0.10 USD", CultureInfo.InvariantCulture);
            return new object[]
            {
                a + b, a - b, -a, a * 3.3333333333333333333333333333m, a / 7m, a / b, a.Round(), a.Round(MidpointRounding.AwayFromZero),
                a.ToMinorUnits(), Money.FromMinorUnits(-12345, Currency.Jpy), Money.Zero(Currency.FromCode("eur")), a.CompareTo(b), a > b,
                a.ToString(), a.ToString("C", CultureInfo.GetCultureInfo("de-DE")), Currency.Parse("BHD", null), Money.Parse(a.ToString()),
            };
        }),
        new("Money allocation and sums", [typeof(Money)], i => new object[]
        {
            i.Total.Allocate(i.Ratios), i.Total.Split(7), (-i.Total).Allocate(i.Ratios), Money.Sum(i.Amounts, Usd),
        }),
        new("KPIs", [typeof(Ctr), typeof(Cvr), typeof(Cpc), typeof(Cpm), typeof(Cpl), typeof(Cpa), typeof(Cac), typeof(Aov), typeof(Roas), typeof(Roi)], i => new object?[]
        {
            Ctr.Of(i.Delivery), Ctr.Of(123, 4567), Cvr.Of(i.Delivery), Cvr.Of(17m, 123L), Cvr.Of(17.5m, 123), Cpc.Of(i.Spend, i.Delivery), Cpc.Of(i.Spend, 0),
            Cpm.Of(i.Spend, i.Delivery), Cpm.Of(i.Spend, 4567), Cpl.Of(i.Spend, i.Delivery), Cpl.Of(i.Spend, 3.5m), Cpa.Of(i.Spend, i.Delivery),
            Cpa.Of(i.Spend, 14m), Cac.Of(i.Spend, new Money(50m, Usd), 9), Aov.Of(i.Delivery), Aov.Of(i.Revenue, 9), Roas.Of(i.Delivery, i.Spend),
            Roas.Of(i.Revenue, i.Spend), Roi.Of(i.Delivery, i.Spend), Roi.Of(i.Revenue, i.Spend), Roi.FromGrossProfit(new Money(200m, Usd), i.Spend),
        }),
        new("Profitability and bids", [typeof(BreakEvenRoas), typeof(BreakEvenCpa), typeof(TargetRoas), typeof(MaxCpc), typeof(MaxCpm), typeof(CpaVersusMargin), typeof(MarginalCpa), typeof(MarginalRoas)], i => new object?[]
        {
            BreakEvenRoas.Of(0.4m), BreakEvenRoas.Of(0.3m), BreakEvenCpa.Of(new Money(95m, Usd), 0.4m), TargetRoas.Of(0.4m, 0.1m),
            MaxCpc.Of(new Money(25m, Usd), 0.035m), MaxCpm.Of(new Money(0.80m, Usd), 0.012m),
            CpaVersusMargin.Of(new Money(350m, Usd), 14m, new Money(38m, Usd)), CpaVersusMargin.Of(i.Spend, i.Delivery, new Money(38m, Usd)),
            MarginalCpa.Of(new Money(300m, Usd), 12m, new Money(500m, Usd), 17m, new Money(38m, Usd)),
            MarginalRoas.Of(new Money(300m, Usd), new Money(900m, Usd), new Money(500m, Usd), new Money(1300m, Usd), 0.4m),
        }),
        new("Payment models", [typeof(PaymentModel), typeof(PaymentModelComparison), typeof(EquivalentRate)], i => new object?[]
        {
            i.Models.Select(m => m.Cost(i.Delivery)).ToArray(), i.Models.Select(m => PaymentModel.Parse(m.ToString(), CultureInfo.InvariantCulture)).ToArray(),
            PaymentModelComparison.Of(i.Delivery, new Money(38m, Usd), i.Models), PaymentModelComparison.FromMarginRate(i.Delivery, 0.4m, i.Models),
            EquivalentRate.CpaForCpc(new Money(0.5m, Usd), 0.03m), EquivalentRate.CpaForCpm(new Money(8m, Usd), 0.01m, 0.03m),
            EquivalentRate.CpcForCpa(new Money(25m, Usd), 0.03m), EquivalentRate.CpcForCpm(new Money(8m, Usd), 0.01m),
            EquivalentRate.CpmForCpa(new Money(25m, Usd), 0.01m, 0.03m), EquivalentRate.CpmForCpc(new Money(0.5m, Usd), 0.01m),
            EquivalentRate.RevenueShareForCpa(new Money(25m, Usd), new Money(95m, Usd)),
            EquivalentRate.Of(PaymentModel.Cpc(new Money(0.5m, Usd)), PaymentModelKind.Cpa, i.Delivery),
        }),
        new("Decisions: bids, margin, campaigns (issue 17)", [typeof(Bids), typeof(PerfMetrics.Lifetime.Margin), typeof(CampaignDelivery), typeof(CampaignReport)], i => new object?[]
        {
            Bids.RoundDown(MaxCpc.Of(new Money(25m, Usd), 0.035m)), Bids.RoundDown(new Money(0.749m, Usd), new Money(0.05m, Usd)),
            PerfMetrics.Lifetime.Margin.FromRate(new PerfMetrics.Lifetime.MoneyPerPeriod(new Money(12m, Usd), PerfMetrics.Lifetime.PeriodUnit.Month), 0.8m),
            CampaignReport.Of(
                CampaignDelivery.ReadCsv(new StringReader("campaign,channel,payment_model,clicks,conversions,revenue\na,search,CPC 0.50 USD,700,14,1400\nb,affiliate,CPA 30.00 USD,2000,40,3600\n"), Usd),
                new Money(38m, Usd),
                [PaymentModel.Cpc(new Money(0.5m, Usd)), PaymentModel.RevenueShare(0.2m)]).ToCsv(),
        }),
        new("Spend", [typeof(Spend)], i => new object[]
        {
            i.Spends.Select(s => s.PerDay).ToArray(), i.Spends.Select(s => s.ProRata(new DateInterval(new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 10)))).ToArray(),
            Spend.TotalsByChannel(i.Spends, Usd),
        }),
        new("Rule-based attribution of a path table", [typeof(AttributionEngine), typeof(AttributionModels)], i =>
            i.RuleModels.Select(m => AttributionEngine.Attribute(i.Table, m)).ToArray()),
        new("Rule-based attribution of journeys", [typeof(AttributionEngine), typeof(AttributionModels)], i =>
            i.RuleModels.Append(AttributionModels.TimeDecay()).Append(AttributionModels.TimeDecay(Duration.FromDays(2)))
                .Select(m => AttributionEngine.Attribute(i.Journeys, Usd, m)).ToArray()),
        new("Model comparison and channel report", [typeof(AttributionEngine), typeof(ModelComparison), typeof(ChannelReport)], i =>
        {
            var comparison = AttributionEngine.Compare(i.Table, i.RuleModels);
            var journeys = AttributionEngine.Compare(i.Journeys, Usd, i.RuleModels);
            var markov = AttributionEngine.Attribute(i.Table, i.Markov);
            return new object[]
            {
                comparison, comparison.ToString(), comparison.ToMarkdown(), journeys, AttributionEngine.Compare(i.Table, [i.Markov, i.Shapley, AttributionModels.Markov(new MarkovOptions(2)), AttributionModels.Shapley]),
                ChannelReport.Of(markov, i.Spends, new Money(38m, Usd)), ChannelReport.Of(markov, i.Spends).ToMarkdown(),
            };
        }),
        new("Markov on a shared fitted model", [typeof(MarkovModel)], i => new object?[]
        {
            AttributionEngine.Attribute(i.Table, i.Markov), i.Markov.Transitions, i.Markov.RemovalEffects.Get(new Channel("c03"))?.Conversions, i.Markov.ToString(),
        }),
        new("Markov fits from a shared table", [typeof(MarkovModel), typeof(MarkovCounts), typeof(MarkovOptions)], i =>
        {
            var order2 = MarkovModel.Fit(i.Table, new MarkovOptions(2));
            var counts = MarkovCounts.OfPartitions([i.Table, i.Table], new MarkovOptions(1, keepRepeats: true, MarkovValueMode.ConversionShare, maxDegreeOfParallelism: 2));
            return new object[]
            {
                AttributionEngine.Attribute(i.Table, order2), order2.RemovalEffects, AttributionEngine.Attribute(i.Table.Merge(i.Table), MarkovModel.Fit(counts)), MarkovCounts.Of(i.Table).Merge(MarkovCounts.Of(i.Table)).ToString(),
                AttributionEngine.Attribute(i.Table, MarkovModel.Fit(i.Table, new MarkovOptions(3))),
            };
        }),
        new("Shapley", [typeof(ShapleyModel)], i => new object[]
        {
            AttributionEngine.Attribute(i.Table, i.Shapley), i.Shapley.Values, AttributionEngine.Attribute(i.Table, ShapleyModel.Fit(i.Table)),
        }),
        new("Path tables", [typeof(PathTable), typeof(PathTableBuilder)], i =>
        {
            var read = PathTable.ReadCsv(new StringReader(i.Csv), Usd);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            i.Table.WriteCsv(writer);
            var builder = new PathTableBuilder(Usd).Add(i.Table).Add([Search, Email], 2d, new Money(3.5m, Usd), 1d);
            return new object[]
            {
                read.Rows, read.TotalValue, read.TotalConversions, writer.ToString(), i.Table.Merge(read).Rows,
                PathTable.FromJourneys(i.Journeys, Usd, [i.NonConverting]).Rows, builder.ToPathTable().Rows,
            };
        }),
        new("Closed-form lifetime value", [typeof(Ltv), typeof(CpaCeiling), typeof(Payback)], i =>
        {
            var month = PeriodUnit.Month;
            var margin = new MoneyPerPeriod(new Money(12.5m, Usd), month);
            var retention = new RetentionRate(0.85m, month);
            var discount = new DiscountRate(0.01m, month);
            return new object?[]
            {
                Ltv.SimpleMargin(new Money(95m, Usd), new PurchaseFrequency(1.5m, month), 0.4m, new Periods(24m, month)),
                Ltv.SimpleRevenue(new Money(95m, Usd), new PurchaseFrequency(1.5m, month), new Periods(24m, month)),
                Ltv.RetentionMargin(margin, retention, discount, CashFlowTiming.StartOfPeriod),
                Ltv.RetentionMargin(margin, retention, discount, CashFlowTiming.EndOfPeriod, new Periods(36m, month)),
                Ltv.RetentionRevenue(margin, retention, discount, CashFlowTiming.EndOfPeriod),
                Ltv.RetentionRevenue(margin, retention, discount, CashFlowTiming.StartOfPeriod, new Periods(12m, month)),
                Ltv.ExpectedLifetime(retention),
                CpaCeiling.FromLtv(new Money(300m, Usd)), CpaCeiling.FromLtv(new Money(300m, Usd), 2.5m),
                CpaCeiling.FromPayback(margin, retention, discount, CashFlowTiming.EndOfPeriod, new Periods(12m, month)),
                CpaCeiling.Check(new Money(80m, Usd), new Money(100m, Usd)), CpaCeiling.Check(new Money(350m, Usd), 3, new Money(100m, Usd)),
                Payback.Period(new Money(100m, Usd), margin), Payback.Period(new Money(100m, Usd), margin, retention, discount, CashFlowTiming.EndOfPeriod),
            };
        }),
        new("Shifted beta geometric", [typeof(ShiftedBetaGeometric), typeof(ModelFit<ShiftedBetaGeometric>)], i =>
        {
            var fit = ShiftedBetaGeometric.Fit([1000L, 631, 468, 382, 326, 289, 262, 241], PeriodUnit.Year);
            var shares = ShiftedBetaGeometric.Fit([1m, 0.869m, 0.743m, 0.653m, 0.593m, 0.551m, 0.517m, 0.491m], 1000, PeriodUnit.Year);
            var model = i.Sbg;
            var year = PeriodUnit.Year;
            var margin = new MoneyPerPeriod(new Money(100m, Usd), year);
            var discount = new DiscountRate(0.1m, year);
            return new object?[]
            {
                fit, shares, model.Survival(3), model.Retention(3), model.ChurnProbability(3), model.SurvivalCurve(10), model.ProjectSurvivors(1000, 10),
                model.DiscountedExpectedResidualLifetime(discount, 2), model.ResidualMarginValue(margin, discount, 2),
                model.MarginLtv(margin, discount, CashFlowTiming.StartOfPeriod), model.MarginLtv(margin, discount, CashFlowTiming.EndOfPeriod, new Periods(10m, year)),
            };
        }),
        new("Pareto/NBD, MBG/NBD, BG/BB, BdW and holdout validation", [typeof(ParetoNbd), typeof(ModifiedBgNbd), typeof(BgBb), typeof(BetaDiscreteWeibull), typeof(HoldoutValidation)], i =>
        {
            var rows = i.Rfm.Customers.Take(300).ToArray();
            var t = new Periods(39m, PeriodUnit.Week);
            var pareto = new ParetoNbd(0.553, 10.578, 0.606, 11.669, PeriodUnit.Week);
            var mbg = new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week);
            var donors = new BgBb(1.204, 0.75, 0.657, 2.783, PeriodUnit.Year);
            return new object?[]
            {
                ParetoNbd.Fit(rows), ModifiedBgNbd.Fit(rows), BgBb.Fit(DonationsData.Rows, PeriodUnit.Year),
                BetaDiscreteWeibull.Fit([1000L, 631, 468, 382, 326, 289, 262, 241], PeriodUnit.Year),
                rows.Select(pareto.ProbabilityAlive).ToArray(), rows.Select(c => pareto.ConditionalExpectedPurchases(t, c)).ToArray(),
                pareto.PurchaseCountProbability(2, t), pareto.DiscountedExpectedResidualPurchases(new DiscountRate(0.002m, PeriodUnit.Week), rows[0]),
                rows.Select(mbg.ProbabilityAlive).ToArray(), mbg.PurchaseCountProbability(2, t),
                DonationsData.Rows.Select(donors.ProbabilityAlive).ToArray(), donors.ConditionalExpectedTransactions(5, DonationsData.Rows[3]),
                HoldoutValidation.Of(RfmSummary.Build(i.Transactions, PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, new LocalDate(1998, 6, 30)), [pareto, mbg]).ToCsv(),
            };
        }),
        new("Tracking series and MBG/NBD DERT", [typeof(RepeatTransactionTracking), typeof(ModifiedBgNbd)], i =>
        {
            var mbg = new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week);
            var bg = new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);
            var tracking = RepeatTransactionTracking.Of(i.Transactions, PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, new LocalDate(1998, 6, 30), [bg, mbg]);
            return new object?[]
            {
                tracking.ToCsv(), tracking.Expected(1)[^1],
                mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.002m, PeriodUnit.Week), i.Rfm.Customers[0]),
            };
        }),
        new("RFM summary", [typeof(RfmSummary)], i => new object[]
        {
            RfmSummary.Build(i.Transactions, PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd).Customers,
            RfmSummary.Build(i.Transactions, PeriodUnit.Month, PurchaseMerging.SamePeriod, CdnowData.CalibrationEnd, new LocalDate(1998, 6, 30)),
        }),
        new("BG/NBD", [typeof(BgNbd), typeof(ModelFit<BgNbd>)], i =>
        {
            var fit = BgNbd.Fit(i.Rfm.Customers);
            var columns = BgNbd.Fit(RfmRows.Of(i.Frequency, i.Recency, i.Age, PeriodUnit.Week));
            var model = i.BgNbdModel;
            var t = new Periods(39m, PeriodUnit.Week);
            return new object[]
            {
                fit, columns, model.ExpectedPurchases(t), model.PurchaseCountProbability(2, t), model.ProbabilityAlive(2, new Periods(30.43m, t.Unit), new Periods(38.86m, t.Unit)),
                model.ConditionalExpectedPurchases(t, 2, new Periods(30.43m, t.Unit), new Periods(38.86m, t.Unit)), i.Rfm.Customers.Take(50).Select(c => model.ConditionalExpectedPurchases(t, c)).ToArray(),
                i.Rfm.Customers.Take(50).Select(model.ProbabilityAlive).ToArray(),
            };
        }),
        new("Budget allocation", [typeof(PerfMetrics.Budget.BudgetAllocator), typeof(PerfMetrics.Budget.ResponseCurve), typeof(PerfMetrics.Budget.Adstock)], i =>
        {
            var usd = Usd;
            PerfMetrics.Budget.BudgetChannel[] channels =
            [
                new(new Channel("search"), PerfMetrics.Budget.ResponseCurve.Hill(new Money(50_000m, usd), new Money(8_000m, usd), 0.8d), new Money(6_000m, usd)),
                new(new Channel("video"), PerfMetrics.Budget.ResponseCurve.Hill(new Money(40_000m, usd), new Money(6_000m, usd), 2.5d), new Money(4_000m, usd)),
            ];
            var allocation = PerfMetrics.Budget.BudgetAllocator.Allocate(channels, new Money(12_000m, usd), new PerfMetrics.Budget.AllocationOptions(gridSteps: 200));
            var profit = PerfMetrics.Budget.BudgetAllocator.MaximizeProfit([channels[0]], 0.4m);
            var draws = PerfMetrics.Budget.BudgetAllocator.AllocateDraws([channels, channels], new Money(12_000m, usd), options: new PerfMetrics.Budget.AllocationOptions(gridSteps: 100, maxDegreeOfParallelism: 2));
            return new object?[]
            {
                allocation.Rows.Select(r => r.Spend).ToArray(), allocation.TotalResponse, profit.Budget, profit.Profit,
                draws.Rows.Select(r => r.Spend.ToArray()).ToArray(), PerfMetrics.Budget.Adstock.Geometric(0.5d).Apply([100d, 100d, 100d]),
                channels[1].Curve.SpendAtMarginalRoas(1.5m),
            };
        }),
        new("Journeys, journey reports and RFM CSV", [typeof(JourneyBuilder), typeof(JourneyCsv), typeof(TopPathsReport), typeof(PathLengthReport), typeof(AssistedConversionsReport), typeof(RfmCsv)], i =>
        {
            const string Touches = "user_id,timestamp,channel\nu1,2026-03-01T10:00:00Z,search\nu1,2026-03-02T10:00:00Z,email\nu2,2026-03-01T10:00:00Z,social\n";
            const string Orders = "user_id,timestamp,value,order\nu1,2026-03-03T10:00:00Z,25.00,A1\nu1,2026-03-03T10:00:01Z,25.00,A1\n";
            var touches = JourneyCsv.ReadTouches(new StringReader(Touches));
            var orders = JourneyCsv.ReadConversions(new StringReader(Orders), Usd, new ConversionCsvColumns(orderId: "order"));
            var build = JourneyBuilder.Build(touches, orders, Usd, new JourneyOptions(observationEnd: Instant.FromUtc(2026, 6, 1, 0, 0)));
            var rfm = RfmCsv.Read(new StringReader("customer_id,frequency,recency,T,monetary_value\nc1,2,30.43,38.86,22.35\nc2,0,0,38.86,0\n"), PeriodUnit.Week, Usd);
            return new object?[]
            {
                build.Report.ToString(), string.Join("; ", build.Table.Rows.Select(r => r.ToString())), build.TimeLag.ToString(),
                TopPathsReport.Of(build.Table).ToString(), PathLengthReport.Of(build.Table).ToString(), AssistedConversionsReport.Of(build.Table).ToString(),
                string.Join("; ", rfm.Select(r => r.ToString())),
            };
        }),
        new("Gamma-Gamma and CLV", [typeof(GammaGamma), typeof(ModelFit<GammaGamma>), typeof(Clv)], i =>
        {
            var fit = GammaGamma.Fit(i.Rfm.Customers);
            var repeat = i.Rfm.Customers.Where(c => c.Frequency > 0).ToArray();
            var columns = GammaGamma.Fit(RfmRows.Spend([.. repeat.Select(c => (double)c.Frequency)], [.. repeat.Select(c => c.MonetaryValue!.Value)]));
            var week = PeriodUnit.Week;
            var discount = new DiscountRate(0.01m, week);
            var horizon = new Periods(52m, week);
            return new object?[]
            {
                fit, columns, i.GammaGammaModel.ConditionalExpectedValue(3, new Money(40m, Usd)), repeat.Take(50).Select(i.GammaGammaModel.ConditionalExpectedValue).ToArray(),
                Clv.ForCustomer(i.BgNbdModel, i.GammaGammaModel, i.Rfm.Customers[0], 0.3m, discount, horizon),
                Clv.ForCustomers(i.BgNbdModel, i.GammaGammaModel, i.Rfm.Customers, 0.3m, discount, horizon),
                Clv.ForNewCustomer(i.BgNbdModel, i.GammaGammaModel, 0.3m, discount, horizon),
                Clv.Total(i.BgNbdModel, i.GammaGammaModel, i.Rfm.Customers, 0.3m, discount, horizon),
            };
        }),
        new("Experiments", [typeof(PerfMetrics.Experiments.HoldoutTest), typeof(PerfMetrics.Experiments.AbTest), typeof(PerfMetrics.Experiments.PowerAnalysis), typeof(PerfMetrics.Experiments.TimeBasedRegression)], i =>
        {
            var holdout = PerfMetrics.Experiments.HoldoutTest.Analyze(new(90_000, 1_100), new(10_000, 100), new Money(9_000m, Usd));
            var ratios = new PerfMetrics.Experiments.RatioSample([100d, 120d, 90d, 110d], [4d, 5d, 3d, 4d]);
            var tbr = PerfMetrics.Experiments.TimeBasedRegression.Analyze(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, GeoData.Test, confidenceLevel: 0.9);
            return new object?[]
            {
                holdout, holdout.CheckMargin(new Money(38m, Usd)), holdout.IncrementalProfit(new Money(38m, Usd)), holdout.IncrementalRoas(new Money(95m, Usd)),
                PerfMetrics.Experiments.AbTest.Compare(new(5_000, 100), new(5_000, 130)), PerfMetrics.Experiments.AbTest.CompareRatios(ratios, ratios),
                PerfMetrics.Experiments.PowerAnalysis.Power(100, 0.5, 0.75), PerfMetrics.Experiments.PowerAnalysis.SampleSize(0.02, 0.023, 0.8, secondGroupShare: 0.9),
                PerfMetrics.Experiments.PowerAnalysis.MinimumDetectableRate(100, 0.5, 0.9),
                tbr, tbr.Iroas(50_000m),
                PerfMetrics.Experiments.TimeBasedRegression.MinimumDetectableIroas(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, 28, 50_000m),
            };
        }),
    ];

    [Fact]
    public void EveryCalculatorAndModel_RunFrom16ThreadsOnSharedInputs_EqualsTheSingleThreadedResultExactly()
    {
        TestProfile.SkipInMutationRun("it repeats, from 16 threads, calls whose results the single-threaded tests already check");
        var reference = Inputs.Create();
        var expected = Cases.Select(c => Fingerprint.Of(c.Run(reference))).ToArray();
        Assert.All(expected, e => Assert.DoesNotContain(Fingerprint.Truncated, e, StringComparison.Ordinal));
        var shared = Inputs.Create();
        var failures = new ConcurrentQueue<string>();
        var runs = 0;
        using var barrier = new Barrier(Workers);
        var threads = Enumerable.Range(0, Workers).Select(worker => new Thread(() =>
        {
            barrier.SignalAndWait();
            for (var repetition = 0; repetition < Repetitions; repetition++)
            {
                for (var k = 0; k < Cases.Length; k++)
                {
                    var index = (k + (worker * 5) + repetition) % Cases.Length;
                    try
                    {
                        var actual = Fingerprint.Of(Cases[index].Run(shared));
                        if (actual != expected[index])
                        {
                            failures.Enqueue($"{Cases[index].Name} (thread {worker}, repetition {repetition}): result differs from the single-threaded one.");
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue($"{Cases[index].Name} (thread {worker}, repetition {repetition}): {ex.GetType().Name}: {ex.Message}");
                    }

                    Interlocked.Increment(ref runs);
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            Assert.True(thread.Join(TimeSpan.FromMinutes(2)), "a worker hung");
        }

        Assert.Empty(failures);
        Assert.Equal(Workers * Repetitions * Cases.Length, runs);
    }

    [Fact]
    public void EveryPublicCalculatorAndModelType_IsExercisedByTheConcurrencyTest()
    {
        // Every public static class (the calculators and catalogs) and every public type with a static factory that
        // computes from data (Fit, Of, Build, ReadCsv, FromJourneys, OfPartitions) must appear in some case's list.
        string[] factories = ["Fit", "Of", "Build", "ReadCsv", "FromJourneys", "OfPartitions"];
        var required = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => (t.IsAbstract && t.IsSealed && t.IsClass)
                || t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(m => factories.Contains(m.Name)))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var covered = Cases.SelectMany(c => c.Covers).Select(t => t.FullName!).ToHashSet();
        var missing = required.Where(name => !covered.Contains(name)).ToArray();
        Assert.True(missing.Length == 0, "not exercised concurrently: " + string.Join(", ", missing));
        Assert.Contains(typeof(Cpa).FullName!, required);
        Assert.Contains(typeof(MarkovModel).FullName!, required);
    }

    [Fact]
    public void Fingerprint_DistinguishesDecimalScaleAndDoubleBits()
    {
        // The comparison is exact: 1.0 and 1.00 differ (scale), 0.0 and -0.0 differ (bits), and so do the two doubles
        // nearest 0.1. Equal values give equal fingerprints.
        Assert.NotEqual(Fingerprint.Of(1.0m), Fingerprint.Of(1.00m));
        Assert.NotEqual(Fingerprint.Of(new Money(1.0m, Usd)), Fingerprint.Of(new Money(1.00m, Usd)));
        Assert.NotEqual(Fingerprint.Of(0.0), Fingerprint.Of(-0.0));
        Assert.NotEqual(Fingerprint.Of(0.1), Fingerprint.Of(Math.BitIncrement(0.1)));
        Assert.Equal(Fingerprint.Of(new object[] { 1.5m, 2.5 }), Fingerprint.Of(new object[] { 1.5m, 2.5 }));
    }

    private sealed record Case(string Name, Type[] Covers, Func<Inputs, object?> Run);

    /// <summary>One set of inputs, built identically each time: raw data plus fitted models shared by the cases.</summary>
    private sealed class Inputs
    {
        private Inputs()
        {
        }

        public Money Total { get; } = new(1_000_000.07m, Usd);

        public decimal[] Ratios { get; } = [0.1m, 0.2m, 0.3m, 0m, 0.4000000000000000000000000001m];

        public Money[] Amounts { get; } = [.. Enumerable.Range(1, 500).Select(k => new Money(k * 1.23m, Usd))];

        public Delivery Delivery { get; } = new(impressions: 45_678, clicks: 1_234, leads: 56, acquisitions: 14, revenue: new Money(1_330m, Usd));

        public Money Spend { get; } = new(350m, Usd);

        public Money Revenue { get; } = new(1_330m, Usd);

        public PaymentModel[] Models { get; } =
        [
            PaymentModel.Cpc(new Money(0.35m, Usd)), PaymentModel.Cpm(new Money(7.5m, Usd)), PaymentModel.Cpl(new Money(4m, Usd)),
            PaymentModel.Cpa(new Money(25m, Usd)), PaymentModel.RevenueShare(0.15m), PaymentModel.FlatFee(new Money(100m, Usd)),
            PaymentModel.Hybrid(PaymentModel.FlatFee(new Money(50m, Usd)), PaymentModel.RevenueShare(0.05m)),
        ];

        public Spend[] Spends { get; } =
        [
            new(new Channel("c01"), new Money(350m, Usd), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7)), "spring"),
            new(new Channel("c02"), new Money(120.5m, Usd), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31))),
            new(new Channel("c03"), new Money(99.99m, Usd), new DateInterval(new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 9))),
            new(new Channel("c01"), new Money(10m, Usd), new DateInterval(new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 8))),
        ];

        public IAttributionModel[] RuleModels { get; } =
        [
            AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.LastNonDirect(), AttributionModels.LastNonDirect([Direct, Email]),
            AttributionModels.Linear, AttributionModels.PositionBased(), AttributionModels.PositionBased(0.3, 0.5), AttributionModels.SimplifiedShapley,
        ];

        public string Csv { get; private init; } = "";

        public PathTable Table { get; private init; } = null!;

        public Conversion[] Journeys { get; private init; } = [];

        public Touchpoint[] NonConverting { get; private init; } = [];

        public MarkovModel Markov { get; private init; } = null!;

        public ShapleyModel Shapley { get; private init; } = null!;

        public ShiftedBetaGeometric Sbg { get; } = new(0.704, 1.182, PeriodUnit.Year);

        public IReadOnlyList<CustomerTransaction> Transactions { get; private init; } = [];

        public RfmSummary Rfm { get; private init; } = null!;

        public double[] Frequency { get; private init; } = [];

        public double[] Recency { get; private init; } = [];

        public double[] Age { get; private init; } = [];

        public BgNbd BgNbdModel { get; } = new(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);

        public GammaGamma GammaGammaModel { get; } = new(6.25, 3.74, 15.44, Usd);

        public static Inputs Create()
        {
            var csv = File.ReadAllText(CdnowData.PathOf(Path.Combine("Attribution", "paths-200.csv")));
            var table = PathTable.ReadCsv(new StringReader(csv), Usd);
            var at = Instant.FromUtc(2026, 3, 10, 12, 0);
            var journeys = Enumerable.Range(0, 60).Select(k => new Conversion(
                at + Duration.FromHours(k),
                new Money(10m + (k % 7 * 3.33m), Usd),
                ConversionKind.Acquisition,
                Enumerable.Range(0, 1 + (k % 5)).Select(j => new Touchpoint(
                    ((k + j) % 4) switch { 0 => Search, 1 => Social, 2 => Email, _ => Direct },
                    at + Duration.FromHours(k) - Duration.FromHours(((k * 7) + (j * 13)) % 200))))).ToArray();

            // The first 150 customers of the CDNOW sample: enough for a fit that converges, small enough to repeat often.
            var all = CdnowData.Transactions();
            var ids = all.Select(t => t.CustomerId).Distinct().Take(150).ToHashSet();
            var transactions = all.Where(t => ids.Contains(t.CustomerId)).ToArray();
            var rfm = RfmSummary.Build(transactions, PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);
            return new Inputs
            {
                Csv = csv,
                Table = table,
                Journeys = journeys,
                NonConverting = [new Touchpoint(Social, at), new Touchpoint(Search, at + Duration.FromMinutes(5))],
                Markov = MarkovModel.Fit(table),
                Shapley = ShapleyModel.Fit(table),
                Transactions = transactions,
                Rfm = rfm,
                Frequency = [.. rfm.Customers.Select(c => (double)c.Frequency)],
                Recency = [.. rfm.Customers.Select(c => (double)c.Recency.Count)],
                Age = [.. rfm.Customers.Select(c => (double)c.T.Count)],
            };
        }
    }

    /// <summary>
    /// An exact text image of a result: decimals by their four 32-bit words (value and scale), doubles by their 64 bits,
    /// strings and enums as they are, sequences item by item, and other objects by their public instance properties
    /// (recursively, to a fixed depth). NodaTime values use their invariant round-trip text.
    /// </summary>
    internal static class Fingerprint
    {
        private const int MaxDepth = 12;
        /// <summary>Written where the depth limit cut an object off; the test asserts it never appears.</summary>
        public const string Truncated = "<depth limit>";

        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

        public static string Of(object? value)
        {
            var text = new StringBuilder();
            Write(text, value, 0);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value, int depth)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    return;
                case decimal d:
                    var bits = decimal.GetBits(d);
                    text.Append(CultureInfo.InvariantCulture, $"m{bits[0]:x8}{bits[1]:x8}{bits[2]:x8}{bits[3]:x8}");
                    return;
                case double f:
                    text.Append(CultureInfo.InvariantCulture, $"f{BitConverter.DoubleToInt64Bits(f):x16}");
                    return;
                case float f:
                    text.Append(CultureInfo.InvariantCulture, $"s{BitConverter.SingleToInt32Bits(f):x8}");
                    return;
                case string s:
                    text.Append('"').Append(s).Append('"');
                    return;
                case bool or Enum or int or long or short or byte or char or uint or ulong:
                    text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
            }

            var type = value.GetType();
            if (type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
            {
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            }

            if (depth >= MaxDepth)
            {
                text.Append(Truncated);
                return;
            }

            if (value is IEnumerable sequence)
            {
                text.Append('[');
                foreach (var item in sequence)
                {
                    Write(text, item, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
            }

            text.Append(type.Name).Append('{');
            foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal)]))
            {
                text.Append(property.Name).Append('=');
                object? item;
                try
                {
                    item = property.GetValue(value);
                }
                catch (TargetInvocationException ex)
                {
                    item = "throws " + ex.InnerException?.GetType().Name;
                }

                Write(text, item, depth + 1);
                text.Append(';');
            }

            text.Append('}');
        }
    }
}
