using PerfMetrics.Lifetime;
using MathNetFunctions = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>E[X(t)], the unconditional expectation the tracking series sums, against an oracle without 2F1.</summary>
public partial class BgNbdTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(78.0)]
    [InlineData(500.0)]
    public void ExpectedPurchases_IsTheMixtureOfTheRepeatCountOfOneCustomer(double t)
    {
        // Oracle from the story (Fader, Hardie and Lee 2005, section 3): given lambda and p, E[X(t) | lambda, p] =
        // (1 / p)(1 - e^(-lambda p t)); averaging over lambda ~ Gamma(r, alpha) gives (1 / p)(1 - (alpha / (alpha + p t))^r),
        // then over p ~ Beta(a, b) by numerical integration. At the CDNOW estimates E[X(39)] = 1.195 and E[X(78)] = 1.858
        // are tested elsewhere against the printed values.
        var (r, alpha, a, b) = (Published.R, Published.Alpha, Published.A, Published.B);
        var expected = ModifiedBgNbdTests.BetaMean(a, b, p => -MathNetFunctions.Expm1(r * Math.Log(alpha / (alpha + (p * t)))) / p);

        Assert.Equal(expected, Published.ExpectedPurchases(Weeks((decimal)t)), 1e-8 * Math.Max(1d, expected));
    }
}
