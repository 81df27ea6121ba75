using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Internal.Numerics;

public partial class SpecialFunctionsTests
{
    // Known values (Abramowitz and Stegun 6.4.2, 6.4.4): psi'(1) = pi^2 / 6, psi'(1/2) = pi^2 / 2, and the recurrence
    // psi'(x + 1) = psi'(x) - 1 / x^2 gives psi'(2) = pi^2 / 6 - 1, psi'(3/2) = pi^2 / 2 - 4.
    [Theory]
    [InlineData(1.0, 1.6449340668482264365)]
    [InlineData(0.5, 4.9348022005446793094)]
    [InlineData(2.0, 0.6449340668482264365)]
    [InlineData(1.5, 0.9348022005446793094)]
    public void Trigamma_KnownValues_Match(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.Trigamma(x), 1e-14 * expected);

    [Fact]
    public void Trigamma_IsTheDerivativeOfDigamma()
    {
        // Central differences of digamma (step 1e-5 x, error about 1e-10 relative) over the recurrence and series ranges.
        foreach (var x in new[] { 0.03, 0.3, 0.9, 2.5, 7.0, 13.9, 14.1, 30.0, 250.0, 1e5 })
        {
            var h = 1e-5 * x;
            var numeric = (SpecialFunctions.Digamma(x + h) - SpecialFunctions.Digamma(x - h)) / (2d * h);
            var exact = SpecialFunctions.Trigamma(x);
            Assert.True(Math.Abs(numeric - exact) <= 1e-7 * exact, $"x = {x}: trigamma {exact:R}, digamma slope {numeric:R}");
        }
    }

    [Fact]
    public void Trigamma_LargeArgument_IsAboutOneOverX()
    {
        // psi'(x) = 1/x + 1/(2x^2) + ... for large x.
        Assert.Equal(1e-6 + 5e-13, SpecialFunctions.Trigamma(1e6), 1e-18);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(double.NaN)]
    public void Trigamma_NonPositive_Throws(double x) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Trigamma(x));
}
