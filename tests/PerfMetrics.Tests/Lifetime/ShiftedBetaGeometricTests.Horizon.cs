using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// The undiscounted finite-horizon margin LTV of the sBG model, which is computed in closed form (the survival curve
/// telescopes), checked against a term-by-term sum written here and against values computed independently.
/// </summary>
public partial class ShiftedBetaGeometricTests
{
    private static readonly PeriodUnit Month = PeriodUnit.Month;

    // S(0) + ... + S(n - 1), term by term from S(t + 1) = S(t) (beta + t) / (alpha + beta + t): the brute-force oracle.
    private static double BruteForce(double alpha, double beta, long first, long last)
    {
        var sum = 0d;
        var survival = 1d;
        for (long t = 0; t <= last; t++)
        {
            if (t >= first)
            {
                sum += survival;
            }

            survival *= (beta + t) / (alpha + beta + t);
        }

        return sum;
    }

    [Theory]
    [InlineData(0.5, 1.0)] // heavy tail: the sum grows like sqrt(N)
    [InlineData(1.0, 1.5)] // alpha = 1: S(t) = beta / (beta + t), a harmonic-like sum (the digamma form)
    [InlineData(1.7, 0.8)] // converging: the infinite sum is (alpha + beta - 1) / (alpha - 1) = 2.142857...
    [InlineData(1.0000001, 2.0)] // within 1e-6 of 1: summed term by term, not by the cancelling closed form
    [InlineData(0.704, 1.182)] // Fader and Hardie's "Regular" segment
    public void MarginLtv_NoDiscount_MatchesTheTermByTermSum(double alpha, double beta)
    {
        var model = new ShiftedBetaGeometric(alpha, beta, Month);
        var margin = new MoneyPerPeriod(Usd(100m), Month);
        foreach (var n in new[] { 1L, 2L, 3L, 17L, 1_000L, 100_000L })
        {
            var start = model.MarginLtv(margin, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(n, Month));
            var end = model.MarginLtv(margin, DiscountRate.None(Month), CashFlowTiming.EndOfPeriod, new Periods(n, Month));
            // The values are not rounded (docs/lifetime-value.md, "Units, precision and rounding"); compared to the cent.
            Assert.Equal(Usd(Math.Round((decimal)(100d * BruteForce(alpha, beta, 0, n - 1)), 2)), start.Round());
            Assert.Equal(Usd(Math.Round((decimal)(100d * BruteForce(alpha, beta, 1, n)), 2)), end.Round());
        }
    }

    [Theory]
    // Independent values for the longest horizon a Periods count allows, 2^31 - 1 months (1.00 USD a month, paid at the
    // start), from mpmath at 30 digits: the first 2,000 terms summed exactly plus the Euler-Maclaurin sum (mpmath.sumem)
    // of the rest: 82,136.195288765582424 / 32.176608935069592107 / 2.1428566640632804412.
    [InlineData(0.5, 1.0, "82136.20")]
    [InlineData(1.0, 1.5, "32.18")]
    [InlineData(1.7, 0.8, "2.14")]
    public void MarginLtv_NoDiscount_TheLongestHorizonIsImmediateAndRight(double alpha, double beta, string expected)
    {
        // Summed term by term this took about a minute (25 ns a period); the closed form takes microseconds.
        var model = new ShiftedBetaGeometric(alpha, beta, Month);
        var value = model.MarginLtv(new MoneyPerPeriod(Usd(1m), Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(int.MaxValue, Month));
        Assert.Equal(Usd(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), value.Round());
    }
}
