using PerfMetrics.Metrics;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Metrics;

/// <summary>Bad-input rows for the KPI, profitability and bid calculators of <c>PerfMetrics.Metrics</c> (SPEC §3).</summary>
internal static class MetricsBadInputs
{
    private const string NonNegative = "must be non-negative";
    private const string Margin = "must be greater than 0 and at most 1";
    private const string Unit = "must be between 0 and 1 inclusive";
    private const string Mismatch = "cannot be combined";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Money TenEur = new(10m, Currency.Eur);
    private static readonly Money MinusOneUsd = new(-1m, Usd);
    private static readonly Delivery Forecast = new(impressions: 10_000, clicks: 200, leads: 20, acquisitions: 10, revenue: new Money(1_000m, Usd));

    internal static IEnumerable<BadInputRow> Rows()
    {
        // KPIs
        yield return Row.Throws<ArgumentOutOfRangeException>("Ctr.Of(long, long)", Negative, "negative clicks", () => Ctr.Of(-1, 100), "clicks", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Ctr.Of(long, long)", Negative, "negative impressions", () => Ctr.Of(1, -100), "impressions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cvr.Of(decimal, long)", Negative, "negative conversions", () => Cvr.Of(-0.5m, 100), "conversions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cvr.Of(decimal, long)", Negative, "negative clicks", () => Cvr.Of(0.5m, -1), "clicks", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Ctr.Of(long, long)", Inconsistent, "arguments swapped: impressions as clicks", () => Ctr.Of(20_000, 700), "clicks", "must be at most impressions");
        yield return Row.Throws<ArgumentOutOfRangeException>("Cvr.Of(decimal, long)", Inconsistent, "more conversions than clicks", () => Cvr.Of(700m, 14), "conversions", "must be at most clicks");
        yield return Row.Throws<ArgumentOutOfRangeException>("Cvr.Of(Delivery)", Inconsistent, "view-through acquisitions above clicks", () => Cvr.Of(new Delivery(impressions: 50_000, clicks: 12, acquisitions: 30)), "delivery.Acquisitions", "must be at most delivery.Clicks");
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpc.Of(Money, long)", Negative, "negative spend", () => Cpc.Of(MinusOneUsd, 10), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpc.Of(Money, long)", Negative, "negative clicks", () => Cpc.Of(TenUsd, -10), "clicks", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpc.Of(Money, Delivery)", Negative, "negative spend", () => Cpc.Of(MinusOneUsd, Forecast), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpm.Of(Money, long)", Negative, "negative spend", () => Cpm.Of(MinusOneUsd, 10), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpm.Of(Money, long)", Negative, "negative impressions", () => Cpm.Of(TenUsd, -10), "impressions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpm.Of(Money, Delivery)", Negative, "negative spend", () => Cpm.Of(MinusOneUsd, Forecast), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpl.Of(Money, decimal)", Negative, "negative spend", () => Cpl.Of(MinusOneUsd, 10m), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpl.Of(Money, decimal)", Negative, "negative leads", () => Cpl.Of(TenUsd, -0.5m), "leads", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpl.Of(Money, Delivery)", Negative, "negative spend", () => Cpl.Of(MinusOneUsd, Forecast), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpa.Of(Money, decimal)", Negative, "negative spend", () => Cpa.Of(MinusOneUsd, 10m), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpa.Of(Money, decimal)", Negative, "negative acquisitions", () => Cpa.Of(TenUsd, -1m), "acquisitions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cpa.Of(Money, Delivery)", Negative, "negative spend", () => Cpa.Of(MinusOneUsd, Forecast), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cac.Of(Money, Money, long)", Negative, "negative ad spend", () => Cac.Of(MinusOneUsd, TenUsd, 1), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cac.Of(Money, Money, long)", Negative, "negative other costs", () => Cac.Of(TenUsd, MinusOneUsd, 1), "otherAcquisitionCosts", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Cac.Of(Money, Money, long)", Negative, "negative customers", () => Cac.Of(TenUsd, TenUsd, -1), "newCustomers", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Cac.Of(Money, Money, long)", CurrencyMismatch, "USD ads, EUR other costs", () => Cac.Of(TenUsd, TenEur, 1), "otherAcquisitionCosts", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roas.Of(Money, Money)", Negative, "negative revenue", () => Roas.Of(MinusOneUsd, TenUsd), "revenue", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roas.Of(Money, Money)", Negative, "negative spend", () => Roas.Of(TenUsd, MinusOneUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Roas.Of(Money, Money)", CurrencyMismatch, "USD revenue, EUR spend", () => Roas.Of(TenUsd, TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roas.Of(Delivery, Money)", Negative, "negative spend", () => Roas.Of(Forecast, MinusOneUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Roas.Of(Delivery, Money)", CurrencyMismatch, "USD revenue, EUR spend", () => Roas.Of(Forecast, TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roi.Of(Money, Money)", Negative, "negative revenue", () => Roi.Of(MinusOneUsd, TenUsd), "revenue", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roi.Of(Money, Money)", Negative, "negative spend", () => Roi.Of(TenUsd, MinusOneUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Roi.Of(Money, Money)", CurrencyMismatch, "USD revenue, EUR cost", () => Roi.Of(TenUsd, TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roi.Of(Delivery, Money)", Negative, "negative spend", () => Roi.Of(Forecast, MinusOneUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Roi.Of(Delivery, Money)", CurrencyMismatch, "USD revenue, EUR cost", () => Roi.Of(Forecast, TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Roi.FromGrossProfit(Money, Money)", Negative, "negative spend", () => Roi.FromGrossProfit(TenUsd, MinusOneUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("Roi.FromGrossProfit(Money, Money)", CurrencyMismatch, "USD profit, EUR cost", () => Roi.FromGrossProfit(TenUsd, TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("Aov.Of(Money, long)", Negative, "negative revenue", () => Aov.Of(MinusOneUsd, 2), "revenue", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("Aov.Of(Money, long)", Negative, "negative orders", () => Aov.Of(TenUsd, -2), "orders", NonNegative);

        // Break-even and bid ceilings
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenRoas.Of(decimal)", Zero, "zero margin", () => BreakEvenRoas.Of(0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenRoas.Of(decimal)", Negative, "negative margin", () => BreakEvenRoas.Of(-0.4m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenRoas.Of(decimal)", OutOfRange, "40 meant as 40%", () => BreakEvenRoas.Of(40m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("TargetRoas.Of(decimal, decimal)", Zero, "zero margin", () => TargetRoas.Of(0m, 0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("TargetRoas.Of(decimal, decimal)", Negative, "negative target", () => TargetRoas.Of(0.4m, -0.1m), "targetNetMarginRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("TargetRoas.Of(decimal, decimal)", Inconsistent, "target equal to the margin", () => TargetRoas.Of(0.4m, 0.4m), "targetNetMarginRate", "must be less than marginRate");
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenCpa.Of(Money, decimal)", Negative, "negative order value", () => BreakEvenCpa.Of(MinusOneUsd, 0.4m), "averageOrderValue", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenCpa.Of(Money, decimal)", Zero, "zero margin", () => BreakEvenCpa.Of(TenUsd, 0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("BreakEvenCpa.Of(Money, decimal)", OutOfRange, "margin above 1", () => BreakEvenCpa.Of(TenUsd, 1.01m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("MaxCpc.Of(Money, decimal)", Negative, "negative max CPA", () => MaxCpc.Of(MinusOneUsd, 0.05m), "maxCpa", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MaxCpc.Of(Money, decimal)", OutOfRange, "CVR 5 meant as 5%", () => MaxCpc.Of(TenUsd, 5m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("MaxCpc.Of(Money, decimal)", Negative, "negative CVR", () => MaxCpc.Of(TenUsd, -0.05m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("MaxCpm.Of(Money, decimal)", Negative, "negative max CPC", () => MaxCpm.Of(MinusOneUsd, 0.02m), "maxCpc", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MaxCpm.Of(Money, decimal)", OutOfRange, "CTR above 1", () => MaxCpm.Of(TenUsd, 1.5m), "ctr", Unit);

        // CPA versus margin, marginal checks
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaVersusMargin.Of(Money, decimal, Money)", Negative, "negative spend", () => CpaVersusMargin.Of(MinusOneUsd, 1m, TenUsd), "spend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaVersusMargin.Of(Money, decimal, Money)", Negative, "negative acquisitions", () => CpaVersusMargin.Of(TenUsd, -1m, TenUsd), "acquisitions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaVersusMargin.Of(Money, decimal, Money)", Negative, "negative margin", () => CpaVersusMargin.Of(TenUsd, 1m, MinusOneUsd), "unitMargin", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("CpaVersusMargin.Of(Money, decimal, Money)", CurrencyMismatch, "EUR spend, USD margin", () => CpaVersusMargin.Of(TenEur, 1m, TenUsd), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaVersusMargin.Of(Money, Delivery, Money)", Negative, "negative spend", () => CpaVersusMargin.Of(MinusOneUsd, Forecast, TenUsd), "spend", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("CpaVersusMargin.Of(Money, Delivery, Money)", CurrencyMismatch, "EUR spend, USD margin", () => CpaVersusMargin.Of(TenEur, Forecast, TenUsd), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", Negative, "negative lower spend", () => MarginalCpa.Of(MinusOneUsd, 1m, TenUsd, 2m, TenUsd), "lowerSpend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", Negative, "negative lower acquisitions", () => MarginalCpa.Of(TenUsd, -1m, TenUsd, 2m, TenUsd), "lowerAcquisitions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", Negative, "negative higher acquisitions", () => MarginalCpa.Of(TenUsd, 1m, TenUsd, -2m, TenUsd), "higherAcquisitions", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", Negative, "negative margin", () => MarginalCpa.Of(TenUsd, 1m, TenUsd, 2m, MinusOneUsd), "unitMargin", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", Inconsistent, "higher spend below lower spend", () => MarginalCpa.Of(TenUsd, 1m, new Money(5m, Usd), 2m, TenUsd), "higherSpend", "must be at least lowerSpend");
        yield return Row.Throws<CurrencyMismatchException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", CurrencyMismatch, "EUR higher spend", () => MarginalCpa.Of(TenUsd, 1m, TenEur, 2m, TenUsd), "higherSpend", Mismatch);
        yield return Row.Throws<CurrencyMismatchException>("MarginalCpa.Of(Money, decimal, Money, decimal, Money)", CurrencyMismatch, "EUR margin", () => MarginalCpa.Of(TenUsd, 1m, TenUsd, 2m, TenEur), "unitMargin", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalRoas.Of(Money, Money, Money, Money, decimal)", Negative, "negative lower revenue", () => MarginalRoas.Of(TenUsd, MinusOneUsd, TenUsd, TenUsd, 0.4m), "lowerRevenue", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalRoas.Of(Money, Money, Money, Money, decimal)", Negative, "negative higher spend", () => MarginalRoas.Of(TenUsd, TenUsd, MinusOneUsd, TenUsd, 0.4m), "higherSpend", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalRoas.Of(Money, Money, Money, Money, decimal)", Zero, "zero margin rate", () => MarginalRoas.Of(TenUsd, TenUsd, TenUsd, TenUsd, 0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("MarginalRoas.Of(Money, Money, Money, Money, decimal)", Inconsistent, "higher spend below lower spend", () => MarginalRoas.Of(TenUsd, TenUsd, new Money(5m, Usd), TenUsd, 0.4m), "higherSpend", "must be at least lowerSpend");
        yield return Row.Throws<CurrencyMismatchException>("MarginalRoas.Of(Money, Money, Money, Money, decimal)", CurrencyMismatch, "EUR higher revenue", () => MarginalRoas.Of(TenUsd, TenUsd, TenUsd, TenEur, 0.4m), "higherRevenue", Mismatch);

        // Payment-model comparison and equivalent rates
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModelTable[int]", OutOfRange, "index past the end", () => PaymentModelComparison.Of(Forecast, TenUsd, [PaymentModel.Cpc(TenUsd)])[1], "index", "must be between 0 and 0");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModelTable[int]", Negative, "negative index", () => PaymentModelComparison.Of(Forecast, TenUsd, [PaymentModel.Cpc(TenUsd)])[-1], "index", "must be between 0 and 0");
        yield return Row.Throws<ArgumentNullException>("PaymentModelComparison.Of(Delivery, Money, IEnumerable<PaymentModel>)", Null, "null models", () => PaymentModelComparison.Of(Forecast, TenUsd, null!), "models", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModelComparison.Of(Delivery, Money, IEnumerable<PaymentModel>)", Negative, "negative margin", () => PaymentModelComparison.Of(Forecast, MinusOneUsd, [PaymentModel.Cpc(TenUsd)]), "unitMargin", NonNegative);
        yield return Row.Throws<ArgumentException>("PaymentModelComparison.Of(Delivery, Money, IEnumerable<PaymentModel>)", DefaultStruct, "default model", () => PaymentModelComparison.Of(Forecast, TenUsd, [default]), "models", "must be a payment model");
        yield return Row.Throws<CurrencyMismatchException>("PaymentModelComparison.Of(Delivery, Money, IEnumerable<PaymentModel>)", CurrencyMismatch, "EUR margin, USD revenue", () => PaymentModelComparison.Of(Forecast, TenEur, [PaymentModel.Cpc(TenUsd)]), "forecast", Mismatch);
        yield return Row.Throws<CurrencyMismatchException>("PaymentModelComparison.Of(Delivery, Money, IEnumerable<PaymentModel>)", CurrencyMismatch, "EUR model", () => PaymentModelComparison.Of(Forecast, TenUsd, [PaymentModel.Cpc(TenUsd), PaymentModel.Cpc(TenEur)]), "models[1]", Mismatch);
        yield return Row.Throws<ArgumentNullException>("PaymentModelComparison.FromMarginRate(Delivery, decimal, IEnumerable<PaymentModel>)", Null, "null models", () => PaymentModelComparison.FromMarginRate(Forecast, 0.4m, null!), "models", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModelComparison.FromMarginRate(Delivery, decimal, IEnumerable<PaymentModel>)", Zero, "zero margin rate", () => PaymentModelComparison.FromMarginRate(Forecast, 0m, [PaymentModel.Cpc(TenUsd)]), "marginRate", Margin);
        yield return Row.Throws<ArgumentException>("PaymentModelComparison.FromMarginRate(Delivery, decimal, IEnumerable<PaymentModel>)", DefaultStruct, "default model", () => PaymentModelComparison.FromMarginRate(Forecast, 0.4m, [PaymentModel.Cpc(TenUsd), default]), "models", "models[1] must be a payment model");
        yield return Row.Throws<CurrencyMismatchException>("PaymentModelComparison.FromMarginRate(Delivery, decimal, IEnumerable<PaymentModel>)", CurrencyMismatch, "EUR model, USD revenue", () => PaymentModelComparison.FromMarginRate(Forecast, 0.4m, [PaymentModel.Cpc(TenEur)]), "models[0]", Mismatch);
        yield return Row.Throws<ArgumentException>("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", DefaultStruct, "default model", () => EquivalentRate.Of(default, PaymentModelKind.Cpa, Forecast), "model", "must be a payment model");
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", OutOfRange, "hybrid target", () => EquivalentRate.Of(PaymentModel.Cpc(TenUsd), PaymentModelKind.Hybrid, Forecast), "target", "single-rate model");
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", OutOfRange, "undefined target", () => EquivalentRate.Of(PaymentModel.Cpc(TenUsd), (PaymentModelKind)42, Forecast), "target", "single-rate model");
        yield return Row.Throws<CurrencyMismatchException>("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", CurrencyMismatch, "EUR CPC to a share of USD revenue", () => EquivalentRate.Of(PaymentModel.Cpc(TenEur), PaymentModelKind.RevenueShare, Forecast), "model", Mismatch);
        yield return Row.Throws<ArgumentException>("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", Inconsistent, "revenue share on a forecast without revenue", () => EquivalentRate.Of(PaymentModel.RevenueShare(0.1m), PaymentModelKind.Cpa, new Delivery(acquisitions: 3)), "model", "costs default(Money)");
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpaForCpc(Money, decimal)", Negative, "negative CPC", () => EquivalentRate.CpaForCpc(MinusOneUsd, 0.05m), "cpcRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpaForCpc(Money, decimal)", OutOfRange, "CVR above 1", () => EquivalentRate.CpaForCpc(TenUsd, 2m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpcForCpa(Money, decimal)", Negative, "negative CPA", () => EquivalentRate.CpcForCpa(MinusOneUsd, 0.05m), "cpaRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpcForCpa(Money, decimal)", Negative, "negative CVR", () => EquivalentRate.CpcForCpa(TenUsd, -0.05m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpmForCpc(Money, decimal)", Negative, "negative CPC", () => EquivalentRate.CpmForCpc(MinusOneUsd, 0.02m), "cpcRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpmForCpc(Money, decimal)", OutOfRange, "CTR above 1", () => EquivalentRate.CpmForCpc(TenUsd, 3m), "ctr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpcForCpm(Money, decimal)", Negative, "negative CPM", () => EquivalentRate.CpcForCpm(MinusOneUsd, 0.02m), "cpmRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpcForCpm(Money, decimal)", OutOfRange, "CTR above 1", () => EquivalentRate.CpcForCpm(TenUsd, 1.1m), "ctr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpaForCpm(Money, decimal, decimal)", Negative, "negative CPM", () => EquivalentRate.CpaForCpm(MinusOneUsd, 0.02m, 0.05m), "cpmRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpaForCpm(Money, decimal, decimal)", OutOfRange, "CTR above 1", () => EquivalentRate.CpaForCpm(TenUsd, 2m, 0.05m), "ctr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpaForCpm(Money, decimal, decimal)", Negative, "negative CVR", () => EquivalentRate.CpaForCpm(TenUsd, 0.02m, -1m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpmForCpa(Money, decimal, decimal)", Negative, "negative CPA", () => EquivalentRate.CpmForCpa(MinusOneUsd, 0.02m, 0.05m), "cpaRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpmForCpa(Money, decimal, decimal)", Negative, "negative CTR", () => EquivalentRate.CpmForCpa(TenUsd, -0.02m, 0.05m), "ctr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.CpmForCpa(Money, decimal, decimal)", OutOfRange, "CVR above 1", () => EquivalentRate.CpmForCpa(TenUsd, 0.02m, 1.05m), "cvr", Unit);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.RevenueShareForCpa(Money, Money)", Negative, "negative CPA", () => EquivalentRate.RevenueShareForCpa(MinusOneUsd, TenUsd), "cpaRate", NonNegative);
        yield return Row.Throws<ArgumentOutOfRangeException>("EquivalentRate.RevenueShareForCpa(Money, Money)", Negative, "negative order value", () => EquivalentRate.RevenueShareForCpa(TenUsd, MinusOneUsd), "averageOrderValue", NonNegative);
        yield return Row.Throws<CurrencyMismatchException>("EquivalentRate.RevenueShareForCpa(Money, Money)", CurrencyMismatch, "USD CPA, EUR order value", () => EquivalentRate.RevenueShareForCpa(TenUsd, TenEur), "averageOrderValue", Mismatch);
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        yield return Row.Null("Ctr.Of(long, long)", Zero, "no impressions", () => Ctr.Of(0, 0));
        yield return Row.Null("Ctr.Of(Delivery)", DefaultStruct, "default(Delivery) has no impressions", () => Ctr.Of(default(Delivery)));
        yield return Row.Null("Cvr.Of(decimal, long)", Zero, "no clicks", () => Cvr.Of(0.5m, 0));
        yield return Row.Null("Ctr.Of(long, long)", Zero, "clicks but no impressions reported", () => Ctr.Of(7, 0));
        yield return Row.Null("Cvr.Of(decimal, long)", Zero, "conversions but no clicks reported", () => Cvr.Of(30m, 0));
        yield return Row.Null("Cvr.Of(Delivery)", DefaultStruct, "default(Delivery) has no clicks", () => Cvr.Of(default(Delivery)));
        yield return Row.Null("Aov.Of(Delivery)", DefaultStruct, "default(Delivery) has no orders", () => Aov.Of(default(Delivery)));
        yield return Row.Null("Aov.Of(Money, long)", Zero, "no orders", () => Aov.Of(TenUsd, 0));
        yield return Row.Null("Cpc.Of(Money, long)", Zero, "no clicks", () => Cpc.Of(TenUsd, 0));
        yield return Row.Null("Cpm.Of(Money, long)", Zero, "no impressions", () => Cpm.Of(TenUsd, 0));
        yield return Row.Null("Cpl.Of(Money, decimal)", Zero, "no leads", () => Cpl.Of(TenUsd, 0m));
        yield return Row.Null("Cpa.Of(Money, decimal)", Zero, "no acquisitions", () => Cpa.Of(TenUsd, 0m));
        yield return Row.Null("Cpa.Of(Money, Delivery)", DefaultStruct, "default(Delivery)", () => Cpa.Of(TenUsd, default(Delivery)));
        yield return Row.Null("Cac.Of(Money, Money, long)", Zero, "no new customers", () => Cac.Of(TenUsd, TenUsd, 0));
        yield return Row.Null("Roas.Of(Money, Money)", Zero, "no spend", () => Roas.Of(TenUsd, Money.Zero(Usd)));
        yield return Row.Null("Roi.Of(Money, Money)", Zero, "no cost", () => Roi.Of(TenUsd, Money.Zero(Usd)));
        yield return Row.Null("Roi.FromGrossProfit(Money, Money)", Zero, "no cost", () => Roi.FromGrossProfit(TenUsd, Money.Zero(Usd)));
        yield return Row.Null("EquivalentRate.CpaForCpc(Money, decimal)", Zero, "zero CVR", () => EquivalentRate.CpaForCpc(TenUsd, 0m));
        yield return Row.Null("EquivalentRate.CpcForCpm(Money, decimal)", Zero, "zero CTR", () => EquivalentRate.CpcForCpm(TenUsd, 0m));
        yield return Row.Null("EquivalentRate.CpaForCpm(Money, decimal, decimal)", Zero, "zero CVR", () => EquivalentRate.CpaForCpm(TenUsd, 0.02m, 0m));
        yield return Row.Null("EquivalentRate.RevenueShareForCpa(Money, Money)", Zero, "zero order value", () => EquivalentRate.RevenueShareForCpa(TenUsd, Money.Zero(Usd)));
        yield return Row.Null("EquivalentRate.Of(PaymentModel, PaymentModelKind, Delivery)", Zero, "CPA target without acquisitions", () => EquivalentRate.Of(PaymentModel.Cpc(TenUsd), PaymentModelKind.Cpa, new Delivery(clicks: 10, revenue: TenUsd)));
    }
}
