using MathNet.Numerics.Integration;
using PerfMetrics.Lifetime;
using MathNetFunctions = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>DERT and E[X(t)] of the MBG/NBD against oracles that share no formula with the library.</summary>
public partial class ModifiedBgNbdTests
{
    [Theory]
    [InlineData(0, 0.0, 38.86, 0.0018)]
    [InlineData(2, 30.43, 38.86, 0.0018)]
    [InlineData(10, 38.0, 39.0, 0.0002)]
    [InlineData(40, 20.0, 39.0, 0.01)]
    public void Dert_IsTheDiscountedSumOfTheConditionalExpectation(int x, double tx, double t, double weekly)
    {
        // Oracle: DERT = integral of e^(-delta u) dE[Y(u) | x, t_x, T] = delta integral of e^(-delta u) E[Y(u) | x, t_x, T] du
        // (by parts), the conditional expectation being the published closed form (Batislam et al. 2007), integrated by
        // MathNet's adaptive Gauss-Kronrod over [0, infinity).
        var discount = new DiscountRate((decimal)weekly, Week);
        var delta = Math.Log(1d + weekly);
        var expected = delta * GaussKronrodRule.Integrate(
            u => Math.Exp(-delta * u) * Model.ConditionalExpectedPurchases(Weeks((decimal)u), x, Weeks((decimal)tx), Weeks((decimal)t)),
            0d,
            double.PositiveInfinity,
            out _,
            out _,
            1e-10);

        var dert = Model.DiscountedExpectedResidualPurchases(discount, x, Weeks((decimal)tx), Weeks((decimal)t));

        Assert.NotNull(dert);
        Assert.Equal(expected, dert!.Value, expected * 1e-6);
    }

    [Theory]
    [InlineData(0, 0.0, 38.86, 0.0018)]
    [InlineData(3, 25.0, 38.86, 0.0018)]
    [InlineData(12, 37.0, 39.0, 0.001)]
    public void Dert_IsThePosteriorMeanOfLambdaOverDeltaPlusLambdaP(int x, double tx, double t, double weekly)
    {
        // Oracle from the model's story, by brute-force double integration: alive at T with rate lambda and dropout p, the
        // discounted future purchases are lambda / (delta + lambda p); an alive customer's posterior is lambda ~ Gamma(r + x,
        // alpha + T), p ~ Beta(a, b + x + 1). Beta side substituted p = v^(1/a) (a < 1 makes the density infinite at 0).
        var (r, alpha, a, b) = (Model.R, Model.Alpha, Model.A, Model.B);
        var delta = Math.Log(1d + weekly);
        var (k, rate, bPost) = (r + x, alpha + t, b + x + 1d);
        double GivenP(double p) => GaussKronrodRule.Integrate(
            lambda => lambda / (delta + (lambda * p)) * Math.Exp((k * Math.Log(rate)) + ((k - 1d) * Math.Log(lambda)) - (rate * lambda) - MathNetFunctions.GammaLn(k)),
            0d,
            double.PositiveInfinity,
            out _,
            out _,
            1e-11);
        var logBeta = MathNetFunctions.BetaLn(a, bPost);
        var mean = GaussKronrodRule.Integrate(
            v =>
            {
                var p = Math.Pow(v, 1d / a);
                return v is <= 0d or >= 1d ? 0d : Math.Exp(((bPost - 1d) * Math.Log(1d - p)) - logBeta) / a * GivenP(p);
            },
            0d,
            1d,
            out _,
            out _,
            1e-9);
        var alive = Model.ProbabilityAlive(x, Weeks((decimal)tx), Weeks((decimal)t));

        var dert = Model.DiscountedExpectedResidualPurchases(new DiscountRate((decimal)weekly, Week), x, Weeks((decimal)tx), Weeks((decimal)t));

        Assert.Equal(alive * mean, dert!.Value, alive * mean * 1e-6);
    }

    [Fact]
    public void Dert_WithoutDiscount_IsTheExpectedNumberOfFuturePurchases_OrNullWhenInfinite()
    {
        // Undiscounted, an alive customer makes 1/p more purchases on average (a geometric count): E[1/p] under
        // Beta(a, b + x + 1) is (a + b + x) / (a - 1) for a > 1, infinite for a <= 1 (the CDNOW fit has a = 0.891).
        var model = new ModifiedBgNbd(0.525, 6.183, 2.5, 1.614, Week);
        var alive = model.ProbabilityAlive(2, Weeks(30.43m), Weeks(38.86m));

        Assert.Equal(alive * (2.5 + 1.614 + 2d) / 1.5, model.DiscountedExpectedResidualPurchases(DiscountRate.None(Week), 2, Weeks(30.43m), Weeks(38.86m))!.Value, 1e-12);
        Assert.Null(Model.DiscountedExpectedResidualPurchases(DiscountRate.None(Week), 2, Weeks(30.43m), Weeks(38.86m)));
    }

    [Fact]
    public void Dert_FromARow_EqualsDertFromItsNumbers()
    {
        var row = new CustomerRfm("a", 2, Weeks(30.43m), Weeks(38.86m), new Money(10m, Currency.Usd));
        var discount = new DiscountRate(0.0018m, Week);

        Assert.Equal(Model.DiscountedExpectedResidualPurchases(discount, 2, Weeks(30.43m), Weeks(38.86m)), Model.DiscountedExpectedResidualPurchases(discount, row));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(78.0)]
    public void ExpectedPurchases_IsTheMixtureOfTheRepeatCountOfOneCustomer(double t)
    {
        // Oracle from the story: given lambda and p (dropout also at time 0), E[X(t) | lambda, p] = (1 - p) / p (1 - e^(-lambda p t));
        // averaging over lambda ~ Gamma(r, alpha) gives (1 - p) / p (1 - (alpha / (alpha + p t))^r), then over p ~ Beta(a, b)
        // numerically (p = v^(1/a)).
        var (r, alpha, a, b) = (Model.R, Model.Alpha, Model.A, Model.B);
        var expected = BetaMean(a, b, p => (1d - p) / p * -MathNetFunctions.Expm1(r * Math.Log(alpha / (alpha + (p * t)))));

        Assert.Equal(expected, Model.ExpectedPurchases(Weeks((decimal)t)), 1e-8);
    }

    /// <summary>E[g(p)] for p ~ Beta(a, b), integrated over v = p^a so that a &lt; 1 leaves no infinite density.</summary>
    internal static double BetaMean(double a, double b, Func<double, double> g)
    {
        var logBeta = MathNetFunctions.BetaLn(a, b);
        return GaussKronrodRule.Integrate(
            v =>
            {
                var p = Math.Pow(v, 1d / a);
                return v is <= 0d or >= 1d ? 0d : Math.Exp(((b - 1d) * Math.Log(1d - p)) - logBeta) / a * g(p);
            },
            0d,
            1d,
            out _,
            out _,
            1e-12);
    }
}
