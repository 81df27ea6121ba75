using MathNet.Numerics.Integration;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>E[X(t)], the unconditional expectation the tracking series sums, against an oracle from the model's story.</summary>
public partial class ParetoNbdTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(78.0)]
    [InlineData(500.0)]
    public void ExpectedPurchases_IsTheRateTimesTheExpectedTimeAlive(double t)
    {
        // Oracle: purchases at rate lambda while alive, independent of the lifetime, so E[X(t)] = E[lambda] E[time alive in
        // (0, t)] = r / alpha x integral over 0..t of P(alive at u) du, with P(alive at u) = (beta / (beta + u))^s (mu ~
        // Gamma(s, beta)); the integral by MathNet's adaptive Gauss-Kronrod.
        var (r, alpha, s, beta) = (Published.R, Published.Alpha, Published.S, Published.Beta);
        var expected = r / alpha * GaussKronrodRule.Integrate(u => Math.Pow(beta / (beta + u), s), 0d, t, out _, out _, 1e-13);

        Assert.Equal(expected, Published.ExpectedPurchases(Weeks((decimal)t)), 1e-10 * Math.Max(1d, expected));
    }
}
