using FsCheck;
using FsCheck.Xunit;
using MathNet.Numerics.Integration;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// The BG/BB quantities the holdout validation uses, against a brute-force oracle: the individual-level model integrated
/// over the Beta(alpha, beta) transaction and Beta(gamma, delta) dropout densities by 2-D Gauss-Legendre quadrature
/// (MathNet), integer shapes so the integrands are polynomials and the rule is exact to rounding.
/// </summary>
public partial class BgBbTests
{
    private static readonly BgBb Smooth = new(3d, 2d, 2d, 4d, Year);

    /// <summary>E over p ~ Beta(alpha, beta), theta ~ Beta(gamma, delta) of f(p, theta), by quadrature.</summary>
    private static double Mix(BgBb m, Func<double, double, double> f)
    {
        var norm = MathNet.Numerics.SpecialFunctions.Beta(m.Alpha, m.Beta) * MathNet.Numerics.SpecialFunctions.Beta(m.Gamma, m.Delta);
        return GaussLegendreRule.Integrate(
            (p, theta) => f(p, theta) * Math.Pow(p, m.Alpha - 1d) * Math.Pow(1d - p, m.Beta - 1d) * Math.Pow(theta, m.Gamma - 1d) * Math.Pow(1d - theta, m.Delta - 1d),
            0d, 1d, 0d, 1d, 128) / norm;
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(2, 5)]
    [InlineData(5, 5)]
    [InlineData(3, 11)]
    public void TransactionCountProbability_MatchesTheIndividualModelIntegrated(int x, int n)
    {
        // Individual level: alive through exactly j of the n opportunities with probability theta (1 - theta)^j (j < n) or
        // (1 - theta)^n (j = n), then x ~ Binomial(j, p).
        double Individual(double p, double theta)
        {
            var sum = 0d;
            for (var j = x; j <= n; j++)
            {
                var life = j < n ? theta * Math.Pow(1d - theta, j) : Math.Pow(1d - theta, n);
                sum += life * MathNet.Numerics.SpecialFunctions.Binomial(j, x) * Math.Pow(p, x) * Math.Pow(1d - p, j - x);
            }

            return sum;
        }

        Assert.Equal(Mix(Smooth, Individual), Smooth.TransactionCountProbability(x, n), 1e-9);
    }

    [Fact]
    public void TransactionCountProbability_SumsToOneWithTheMeanOfEq7()
    {
        foreach (var model in new[] { Published, Smooth })
        {
            for (var n = 0; n <= 12; n++)
            {
                var probabilities = Enumerable.Range(0, n + 1).Select(x => model.TransactionCountProbability(x, n)).ToArray();
                Assert.Equal(1d, probabilities.Sum(), 1e-12);
                Assert.Equal(model.ExpectedTransactions(n), probabilities.Select((p, x) => p * x).Sum(), 1e-12);
                Assert.Equal(0d, model.TransactionCountProbability(n + 1, n));
            }
        }
    }

    [Property(MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool TransactionCountProbability_IsADistributionWithTheMeanOfEq7(PositiveInt a, PositiveInt b, PositiveInt g, PositiveInt d, byte opportunities)
    {
        // Shapes 0.05..50 (positive ints scaled), n 0..255: the histogram the holdout report uses must be a distribution.
        static double Shape(PositiveInt v) => 0.05 + (v.Get % 1000) / 20d;
        var model = new BgBb(Shape(a), Shape(b), Shape(g), Shape(d), Year);
        var n = (int)opportunities;
        var probabilities = Enumerable.Range(0, n + 1).Select(x => model.TransactionCountProbability(x, n)).ToArray();
        return probabilities.All(p => p >= 0d && p <= 1d)
            && Math.Abs(probabilities.Sum() - 1d) < 1e-9
            && Math.Abs(probabilities.Select((p, x) => p * x).Sum() - model.ExpectedTransactions(n)) < 1e-9 * Math.Max(1d, n);
    }

    [Theory]
    [InlineData(0, 0, 6, 39)]
    [InlineData(2, 4, 6, 5)]
    [InlineData(3, 3, 10, 7)]
    [InlineData(6, 6, 6, 1)]
    public void ConditionalExpectedTransactions_IsThePosteriorMeanOfTheIndividualModel(int x, int tx, int n, int future)
    {
        // Posterior over (p, theta) from the individual likelihood: alive through n, or dropped out after t_x + i, i < n - t_x.
        double Likelihood(double p, double theta)
        {
            var l = Math.Pow(p, x) * Math.Pow(1d - p, n - x) * Math.Pow(1d - theta, n);
            for (var i = 0; i < n - tx; i++)
            {
                l += Math.Pow(p, x) * Math.Pow(1d - p, tx - x + i) * theta * Math.Pow(1d - theta, tx + i);
            }

            return l;
        }

        // Future transactions exist only if alive at n: p x sum over k = 1..n* of (1 - theta)^k.
        double AliveTimesFuture(double p, double theta) =>
            Math.Pow(p, x) * Math.Pow(1d - p, n - x) * Math.Pow(1d - theta, n) * p * Enumerable.Range(1, future).Sum(k => Math.Pow(1d - theta, k));

        var oracle = Mix(Smooth, AliveTimesFuture) / Mix(Smooth, Likelihood);

        Assert.Equal(oracle, Smooth.ConditionalExpectedTransactions(future, new OpportunityRfm(x, tx, n)), 1e-9);
    }
}
