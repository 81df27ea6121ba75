using FsCheck;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>SPEC §5 invariants of the BG/NBD, Gamma-Gamma and CLV calculators.</summary>
public partial class ClvTests
{
    private static Periods Weeks(double t) => new((decimal)t, Week);

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ExpectedPurchasesNeverDecreaseWithTime(BgNbdParameters parameters, TwoTimes times)
    {
        var model = parameters.Model;
        var earlier = model.ExpectedPurchases(Weeks(times.Earlier));
        var later = model.ExpectedPurchases(Weeks(times.Later));
        return double.IsFinite(earlier) && earlier >= 0d && later >= earlier - (1e-9 * Math.Max(1d, earlier));
    }

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ProbabilityAliveIsAProbabilityAndOneWithoutRepeatPurchases(BgNbdParameters parameters, History history)
    {
        var alive = parameters.Model.ProbabilityAlive(history.X, Weeks(history.Tx), Weeks(history.T));
        return alive is >= 0d and <= 1d && (history.X > 0 || alive == 1d);
    }

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 25 / TestProfile.PropertyRunDivisor)]
    public bool BgNbdFitIsTheSameForWeightedRowsAndTheirCopies(WeightedSelection selection)
    {
        var rows = CdnowData.Summary.Skip(selection.Start).Take(selection.Weights.Length).ToArray();
        var (x, tx, t, ex, etx, et) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < rows.Length; i++)
        {
            x.Add(rows[i].X);
            tx.Add(rows[i].Tx);
            t.Add(rows[i].T);
            for (var k = 0; k < selection.Weights[i]; k++)
            {
                ex.Add(rows[i].X);
                etx.Add(rows[i].Tx);
                et.Add(rows[i].T);
            }
        }

        // Public route: one row per group with its count (CustomerRfm.Count), against the copies spelled out.
        var grouped = BgNbd.Fit(RfmRows.Of(x, tx, t, Week, counts: [.. selection.Weights.Select(w => (int)w)]));
        var copies = BgNbd.Fit(RfmRows.Of(ex, etx, et, Week));

        // Compared where the likelihood pins them: the maximised log-likelihood, and each parameter when both fits converged.
        static bool Near(double p, double q) => Math.Abs(Math.Log(p / q)) < 1e-4;
        return Math.Abs(grouped.LogLikelihood - copies.LogLikelihood) < 1e-6 * Math.Abs(copies.LogLikelihood)
            && (!(grouped.Converged && copies.Converged)
                || (Near(grouped.Model.R, copies.Model.R) && Near(grouped.Model.Alpha, copies.Model.Alpha)
                    && Near(grouped.Model.A, copies.Model.A) && Near(grouped.Model.B, copies.Model.B)));
    }

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 25 / TestProfile.PropertyRunDivisor)]
    public bool BgNbdFitIsUnchangedWhenEveryRowIsDuplicated(WeightedSelection selection)
    {
        var rows = CdnowData.Summary.Skip(selection.Start).Take(selection.Weights.Length).ToArray();
        double[] x = [.. rows.Select(r => (double)r.X)];
        double[] tx = [.. rows.Select(r => r.Tx)];
        double[] t = [.. rows.Select(r => r.T)];

        var once = BgNbd.Fit(RfmRows.Of(x, tx, t, Week));
        var twice = BgNbd.Fit(RfmRows.Of([.. x, .. x], [.. tx, .. tx], [.. t, .. t], Week));

        return Math.Abs((2 * once.LogLikelihood) - twice.LogLikelihood) < 1e-6 * Math.Abs(twice.LogLikelihood)
            && (!(once.Converged && twice.Converged) || Math.Abs(Math.Log(once.Model.R / twice.Model.R)) < 1e-4);
    }

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 25 / TestProfile.PropertyRunDivisor)]
    public bool GammaGammaFitIsTheSameForWeightedRowsAndTheirCopies(WeightedSelection selection)
    {
        var rows = CdnowData.Summary.Where(r => r.X > 0).Skip(selection.Start % 600).Take(300).ToArray();
        var weights = selection.Weights.Take(rows.Length).Select(w => (double)w).ToArray();
        double[] x = [.. rows.Select(r => (double)r.X)];
        Money[] m = [.. rows.Select(r => new Money(r.Zbar, Currency.Usd))];
        var ex = rows.SelectMany((r, i) => Enumerable.Repeat((double)r.X, (int)weights[i])).ToArray();
        var em = rows.SelectMany((r, i) => Enumerable.Repeat(new Money(r.Zbar, Currency.Usd), (int)weights[i])).ToArray();

        var grouped = RfmRows.WeightedSpend(x, m, weights);
        var copies = GammaGamma.Fit(RfmRows.Spend(ex, em));

        return Math.Abs(grouped.LogLikelihood - copies.LogLikelihood) < 1e-6 * Math.Abs(copies.LogLikelihood);
    }

    [Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ClvGrowsWithTheHorizonAndFallsWithTheDiscountRate(ClvCase c)
    {
        var purchases = c.Purchases.Model;
        var spend = new GammaGamma(6.25, 3.74, 15.44, Currency.Usd);
        var customer = ClvTests.Row(c.History.X, c.History.Tx, c.History.T, c.History.X > 0 ? Money.FromMinorUnits(c.MeanCents, Currency.Usd) : null);
        var discount = new DiscountRate(c.DiscountBp / 10_000m, Week);
        var higher = new DiscountRate((c.DiscountBp + c.HigherByBp) / 10_000m, Week);
        var horizon = new Periods(c.Horizon, Week);
        var longer = new Periods(c.Horizon + c.LongerBy, Week);

        var value = Clv.ForCustomer(purchases, spend, customer, 0.3m, discount, horizon)!.Value;
        var longerValue = Clv.ForCustomer(purchases, spend, customer, 0.3m, discount, longer)!.Value;
        var discounted = Clv.ForCustomer(purchases, spend, customer, 0.3m, higher, horizon)!.Value;

        return value.Amount >= 0m && longerValue >= value && discounted <= value;
    }
}
