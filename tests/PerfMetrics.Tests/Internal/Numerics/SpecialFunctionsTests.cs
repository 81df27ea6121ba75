using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Internal.Numerics;

public partial class SpecialFunctionsTests
{
    private static void Close(double expected, double actual, double relative)
    {
        var tolerance = relative * Math.Max(1d, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, was {actual:R} (difference {actual - expected:R}, tolerance {tolerance:R})");
    }

    // Known values: Gamma(1/2) = sqrt(pi), Gamma(3/2) = sqrt(pi)/2, Gamma(1) = Gamma(2) = 1, Gamma(7/2) = 15 sqrt(pi) / 8.
    [Theory]
    [InlineData(0.5, 0.57236494292470008707)]   // ln sqrt(pi)
    [InlineData(1.5, -0.12078223763524522234)]  // ln(sqrt(pi) / 2)
    [InlineData(3.5, 1.2009736023470742248)]    // ln(15 sqrt(pi) / 8)
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    public void LogGamma_KnownValues_Match(double x, double expected) =>
        Close(expected, SpecialFunctions.LogGamma(x), 1e-14);

    [Fact]
    public void LogGamma_HalfIntegers_MatchClosedFormsComputedHere()
    {
        // Gamma(1/2) = sqrt(pi) and Gamma(x + 1) = x Gamma(x), so ln Gamma(n + 1/2) = ln sqrt(pi) + sum_{k=0}^{n-1} ln(k + 1/2).
        var expected = 0.5 * Math.Log(Math.PI);
        for (var n = 1; n <= 150; n++)
        {
            expected += Math.Log(n - 0.5);
            Close(expected, SpecialFunctions.LogGamma(n + 0.5), 1e-14);
        }
    }

    [Fact]
    public void LogGamma_Integers_MatchLogFactorialsSummedHere()
    {
        // ln Gamma(n) = ln (n - 1)! = sum_{k=1}^{n-1} ln k; checks the Lanczos range and the Stirling range (x >= 15).
        var logFactorial = 0d;
        for (var n = 2; n <= 171; n++)
        {
            Close(logFactorial, SpecialFunctions.LogGamma(n), 1e-14);
            logFactorial += Math.Log(n);
        }
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(0.001)]
    [InlineData(0.1)]
    [InlineData(0.49)]
    [InlineData(0.7)]
    [InlineData(4.3)]
    [InlineData(14.2)]
    [InlineData(14.9999)]
    [InlineData(15.0)]
    [InlineData(250.25)]
    [InlineData(1e6)]
    public void LogGamma_Recurrence_HoldsAcrossEveryBranch(double x)
    {
        // ln Gamma(x + 1) = ln Gamma(x) + ln x links the reflection, Lanczos and Stirling branches.
        Close(SpecialFunctions.LogGamma(x) + Math.Log(x), SpecialFunctions.LogGamma(x + 1d), 1e-14);
    }

    [Fact]
    public void LogGamma_Zero_IsPositiveInfinity() =>
        Assert.Equal(double.PositiveInfinity, SpecialFunctions.LogGamma(0d));

    [Fact]
    public void LogGamma_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.LogGamma(-1d));

    [Theory]
    [InlineData(1.0, 1.0, 0.0)]                  // B(1, 1) = 1
    [InlineData(2.0, 3.0, -2.4849066497880004)]  // B(2, 3) = 1! 2! / 4! = 1/12, ln(1/12)
    [InlineData(0.5, 0.5, 1.1447298858494002)]   // B(1/2, 1/2) = pi, ln pi
    public void LogBeta_KnownValues_Match(double a, double b, double expected) =>
        Close(expected, SpecialFunctions.LogBeta(a, b), 1e-14);

    [Fact]
    public void LogBeta_SbgParameters_MatchesNumericalIntegral()
    {
        // B(a, b) = integral_0^1 t^(a-1) (1-t)^(b-1) dt; with t = u^(1/a) this is (1/a) integral_0^1 (1 - u^(1/a))^(b-1) du,
        // which has no singularity for b > 1: a midpoint sum is an independent oracle (error ~ 1e-8 here).
        double a = 0.704, b = 1.182;
        const int Steps = 1_000_000;
        var sum = 0d;
        for (var i = 0; i < Steps; i++)
        {
            var u = (i + 0.5) / Steps;
            sum += Math.Pow(1d - Math.Pow(u, 1d / a), b - 1d);
        }

        Close(Math.Log(sum / Steps / a), SpecialFunctions.LogBeta(a, b), 1e-6);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(0.999)]
    [InlineData(0.01)]
    [InlineData(-0.3)]
    [InlineData(-0.9)]
    [InlineData(-10.0)]
    [InlineData(-1000.0)]
    public void Hypergeometric_OneOneTwo_IsMinusLogOneMinusZOverZ(double z)
    {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z (Abramowitz and Stegun 15.1.3).
        Close(-Math.Log(1d - z) / z, SpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, z), 1e-13);
    }

    [Theory]
    [InlineData(0.5, 1.3, 0.3)]
    [InlineData(0.5, 1.3, 0.97)]     // connection formula (c - a - b = -0.5)
    [InlineData(0.5, 1.3, 0.99999)]  // connection formula, very close to 1
    [InlineData(2.25, 0.7, -0.4)]
    [InlineData(2.25, 0.7, -50.0)]   // Pfaff
    [InlineData(-1.5, 4.0, 0.8)]
    [InlineData(0.9989, 1.3, 0.97)]  // connection formula just outside the near-integer guard (c - a - b = -0.9989)
    [InlineData(0.9991, 1.3, 0.97)]  // series just inside the guard
    [InlineData(1.7, 2.2, 0.995)]    // connection formula with c - a - b = -1.7
    public void Hypergeometric_CEqualsB_IsPowerOfOneMinusZ(double a, double b, double z)
    {
        // 2F1(a, b; b; z) = (1 - z)^(-a) (Abramowitz and Stegun 15.1.8).
        Close(Math.Pow(1d - z, -a), SpecialFunctions.Hypergeometric2F1(a, b, b, z), 1e-12);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.95)]     // z^2 = 0.9025: connection formula (c - a - b = 1/2)
    [InlineData(0.99999)]
    public void Hypergeometric_ArcSine_Matches(double x)
    {
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x (Abramowitz and Stegun 15.1.6).
        Close(Math.Asin(x) / x, SpecialFunctions.Hypergeometric2F1(0.5, 0.5, 1.5, x * x), 1e-12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(9.0)]
    [InlineData(99.0)]
    public void Hypergeometric_LogOnePlusZ_Matches(double z)
    {
        // 2F1(1, 1; 2; -z) = ln(1 + z) / z.
        Close(Math.Log(1d + z) / z, SpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, -z), 1e-13);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(10.0)]
    [InlineData(100.0)]
    public void Hypergeometric_ArcSinh_LargeNegativeArgument(double x)
    {
        // 2F1(1/2, 1/2; 3/2; -x^2) = arcsinh(x) / x: z = -x^2 down to -10,000 exercises Pfaff's transformation.
        Close(Math.Asinh(x) / x, SpecialFunctions.Hypergeometric2F1(0.5, 0.5, 1.5, -x * x), 1e-12);
    }

    [Fact]
    public void Hypergeometric_TerminatingSeries_IsThePolynomial()
    {
        // a = -2: 2F1(-2, b; c; z) = 1 - 2bz/c + b(b + 1)z^2 / (c(c + 1)).
        double b = 1.7, c = 3.2, z = -4.5;
        var expected = 1d - (2d * b * z / c) + (b * (b + 1d) * z * z / (c * (c + 1d)));
        Close(expected, SpecialFunctions.Hypergeometric2F1(-2d, b, c, z), 1e-13);
    }

    [Fact]
    public void Hypergeometric_AtOne_IsGaussSum()
    {
        // 2F1(1, 1; 3; 1) = sum_k 2 / ((k + 1)(k + 2)) = 2 (telescoping).
        Close(2d, SpecialFunctions.Hypergeometric2F1(1d, 1d, 3d, 1d), 1e-13);

        // Gauss: 2F1(a, b; c; 1) = G(c) G(c - a - b) / (G(c - a) G(c - b)); for a = 1 this is (c - 1) / (c - 1 - b).
        double b = 1.182, c = 2.886;
        Close((c - 1d) / (c - 1d - b), SpecialFunctions.Hypergeometric2F1(1d, b, c, 1d), 1e-13);
    }

    [Fact]
    public void Hypergeometric_AtOneDivergent_IsInfinity() =>
        Assert.Equal(double.PositiveInfinity, SpecialFunctions.Hypergeometric2F1(1d, 1.182, 1.886, 1d));

    [Fact]
    public void Hypergeometric_SbgSum_MatchesBruteForce()
    {
        // sum_{t>=0} S(t) x^t with S(t) = prod_{i<t} (beta + i) / (alpha + beta + i) equals 2F1(1, beta; alpha + beta; x).
        double alpha = 0.704, beta = 1.182;
        foreach (var x in new[] { 0.5, 1d / 1.1, 0.95, 0.99 })
        {
            double sum = 0, survival = 1, power = 1;
            for (var t = 0; t < 20_000; t++)
            {
                sum += survival * power;
                survival *= (beta + t) / (alpha + beta + t);
                power *= x;
            }

            Close(sum, SpecialFunctions.Hypergeometric2F1(1d, beta, alpha + beta, x), 1e-12);
        }
    }

    [Fact]
    public void Hypergeometric_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Hypergeometric2F1(1d, 1d, -2d, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Hypergeometric2F1(1d, 1d, 2d, double.NaN));
    }

    // psi(1) = -gamma (Euler-Mascheroni), psi(1/2) = -gamma - 2 ln 2, psi(n + 1) = -gamma + H_n (A&S 6.3.2, 6.3.3).
    [Fact]
    public void Digamma_KnownValues_Match()
    {
        const double EulerGamma = 0.57721566490153286061;
        Close(-EulerGamma, SpecialFunctions.Digamma(1d), 1e-14);
        Close(-EulerGamma - (2d * Math.Log(2d)), SpecialFunctions.Digamma(0.5), 1e-14);
        var harmonic = 0d;
        for (var n = 1; n <= 200; n++)
        {
            harmonic += 1d / n;
            Close(-EulerGamma + harmonic, SpecialFunctions.Digamma(n + 1d), 1e-14);
        }
    }

    [Fact]
    public void Digamma_MatchesCentralDifferencesOfLogGamma()
    {
        foreach (var x in new[] { 0.05, 0.3, 2.7, 9.99, 10.01, 55.5, 1234.5 })
        {
            var h = 1e-5 * x;
            var numeric = (SpecialFunctions.LogGamma(x + h) - SpecialFunctions.LogGamma(x - h)) / (2d * h);
            Close(numeric, SpecialFunctions.Digamma(x), 1e-6);
        }
    }

    [Fact]
    public void LogGammaRatio_MatchesExactSumsForIntegerShifts()
    {
        // ln Gamma(z + n) - ln Gamma(z) = sum_{k<n} ln(z + k): exact for integer n, computed here term by term.
        foreach (var z in new[] { 0.3, 7.5, 99.5, 100, 101, 9999.5, 1e4, 3.3e5, 1e9, 1e13 })
        {
            foreach (var n in new[] { 0, 1, 3, 17 })
            {
                var expected = 0d;
                for (var k = 0; k < n; k++)
                {
                    expected += Math.Log(z + k);
                }

                Close(expected, SpecialFunctions.LogGammaRatio(z, n), 1e-13);
            }
        }
    }

    [Fact]
    public void DigammaDifference_MatchesExactSumsForIntegerShifts()
    {
        // psi(z + n) - psi(z) = sum_{k<n} 1 / (z + k).
        foreach (var z in new[] { 0.3, 7.5, 99.5, 100, 101, 9999.5, 1e4, 3.3e5, 1e9 })
        {
            foreach (var n in new[] { 0, 1, 3, 17 })
            {
                var expected = 0d;
                for (var k = 0; k < n; k++)
                {
                    expected += 1d / (z + k);
                }

                Close(expected, SpecialFunctions.DigammaDifference(z, n), 1e-12);
            }
        }
    }
}

