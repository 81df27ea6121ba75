using MathNet.Numerics;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public class ResponseCurveTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money M(decimal amount) => new(amount, Usd);

    [Fact]
    public void FromRobynHill_RobynsDocumentedExample_GivesTheDocumentedValues()
    {
        // Robyn's documentation of saturation_hill_trans (and issue 19): x = (100, 150, 170, 190, 200), alpha = 3,
        // gamma = 0.5 gives 0.228571, 0.5, 0.592785, 0.670217, 0.703297. Hand check: the inflexion is
        // 0.5 x 100 + 0.5 x 200 = 150, and 100^3 / (100^3 + 150^3) = 1 / 4.375 = 0.2285714.
        var curve = ResponseCurve.FromRobynHill(3d, 0.5d, M(100m), M(200m), M(1m));
        decimal[] spends = [100m, 150m, 170m, 190m, 200m];
        decimal[] expected = [0.228571m, 0.5m, 0.592785m, 0.670217m, 0.703297m];
        for (var i = 0; i < spends.Length; i++)
        {
            Assert.Equal(expected[i], decimal.Round(curve.Response(M(spends[i])).Amount, 6));
        }

        Assert.Equal(M(150m), curve.HalfSaturation);
        Assert.Equal(3d, curve.Slope);
        Assert.Equal(CurveShape.SShaped, curve.Shape);
    }

    [Fact]
    public void FromPyMcMarketingHill_MatchesHillFunctionOnScaledSpend()
    {
        // PyMC-Marketing: hill_function(x, slope, kappa) = 1 - kappa^slope / (kappa^slope + x^slope) on x = spend / scale.
        const double Kappa = 0.4, Slope = 1.7;
        var curve = ResponseCurve.FromPyMcMarketingHill(Kappa, Slope, M(5_000m), M(20_000m));
        foreach (var spend in new[] { 250d, 1_000d, 2_000d, 4_321d, 9_000d })
        {
            var x = spend / 5_000d;
            var pymc = 1d - (Math.Pow(Kappa, Slope) / (Math.Pow(Kappa, Slope) + Math.Pow(x, Slope)));
            Assert.Equal(20_000d * pymc, (double)curve.Response(M((decimal)spend)).Amount, 1e-9);
        }
    }

    [Fact]
    public void FromMeridianHill_HalfSaturationIsEcTimesScale()
    {
        // Meridian: hill(m) = m^slope / (m^slope + ec^slope) on scaled media m = spend / scale: half of the maximum at m = ec.
        var curve = ResponseCurve.FromMeridianHill(1.5d, 2d, M(800m), M(10_000m));
        Assert.Equal(M(1_200m), curve.HalfSaturation);
        Assert.Equal(5_000m, decimal.Round(curve.Response(M(1_200m)).Amount, 9));
        var m = 2_000d / 800d;
        Assert.Equal(10_000d * m * m / ((m * m) + (1.5d * 1.5d)), (double)curve.Response(M(2_000m)).Amount, 1e-8);
    }

    [Fact]
    public void MichaelisMentenAndLogistic_AreHalfTheirMaximumAtTheHalfSaturationSpend()
    {
        Assert.Equal(500m, decimal.Round(ResponseCurve.MichaelisMenten(M(1_000m), M(300m)).Response(M(300m)).Amount, 9));
        Assert.Equal(500m, decimal.Round(ResponseCurve.Logistic(M(1_000m), M(300m)).Response(M(300m)).Amount, 9));
    }

    [Fact]
    public void Logistic_MatchesPyMcMarketingsLogisticSaturation()
    {
        // PyMC-Marketing: logistic_saturation(x, lam) = (1 - exp(-lam x)) / (1 + exp(-lam x)); here lam = ln 3 / 300.
        var curve = ResponseCurve.Logistic(M(1_000m), M(300m));
        var lam = Math.Log(3d) / 300d;
        foreach (var x in new[] { 10d, 150d, 900d, 2_500d })
        {
            Assert.Equal(1_000d * (1d - Math.Exp(-lam * x)) / (1d + Math.Exp(-lam * x)), (double)curve.Response(M((decimal)x)).Amount, 1e-9);
        }
    }

    public static TheoryData<string> Curves() => ["hill-concave", "hill-s", "mm", "logistic"];

    private static ResponseCurve Named(string name) => name switch
    {
        "hill-concave" => ResponseCurve.Hill(M(50_000m), M(8_000m), 0.7d),
        "hill-s" => ResponseCurve.Hill(M(40_000m), M(6_000m), 2.5d),
        "mm" => ResponseCurve.MichaelisMenten(M(30_000m), M(5_000m)),
        _ => ResponseCurve.Logistic(M(20_000m), M(4_000m)),
    };

    [Theory]
    [MemberData(nameof(Curves))]
    public void MarginalRoas_IsTheDerivativeOfTheResponse(string name)
    {
        // Oracle: MathNet's finite-difference derivative of the response.
        var curve = Named(name);
        foreach (var x in new[] { 500d, 3_000d, 7_777d, 20_000d })
        {
            var numeric = Differentiate.FirstDerivative(s => (double)curve.Response(M((decimal)Math.Round(s, 8))).Amount, x);
            Assert.Equal(numeric, (double)curve.MarginalRoas(M((decimal)x))!.Value, 1e-6 * Math.Max(1d, Math.Abs(numeric)));
        }
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void SpendAtMarginalRoas_LandsWhereTheMarginalRoasIsTheTarget(string name)
    {
        var curve = Named(name);
        foreach (var target in new[] { 0.2m, 1m, 2.5m })
        {
            var spend = curve.SpendAtMarginalRoas(target);
            Assert.NotNull(spend);
            Assert.Equal((double)target, (double)curve.MarginalRoas(spend.Value)!.Value, 1e-9);
            if (curve.InflectionPoint is { } inflection)
            {
                Assert.True(spend.Value > inflection);
            }
        }
    }

    [Fact]
    public void SpendAtMarginalRoas_IsNullWhenTheCurveNeverReturnsThatMuch()
    {
        // Michaelis-Menten: R'(0) = V / K = 30000 / 5000 = 6, the most it ever returns.
        var mm = ResponseCurve.MichaelisMenten(M(30_000m), M(5_000m));
        Assert.Null(mm.SpendAtMarginalRoas(6.5m));
        Assert.Equal(M(0m), mm.SpendAtMarginalRoas(6m));
        // Hand-worked: R'(x) = V K / (K + x)^2 = 2.4 gives (K + x)^2 = 62,500,000, x = 7905.694... - 5000 = 2905.694.
        Assert.Equal(2_905.694150m, decimal.Round(mm.SpendAtMarginalRoas(2.4m)!.Value.Amount, 6));
        var s = ResponseCurve.Hill(M(40_000m), M(6_000m), 2.5d);
        var peak = s.MarginalRoas(s.InflectionPoint!.Value)!.Value;
        Assert.Null(s.SpendAtMarginalRoas(peak * 1.01m));
    }

    [Fact]
    public void InflectionPoint_IsWhereTheMarginalRoasPeaks()
    {
        // Oracle: a dense scan of the marginal ROAS; for s = 3, k = 150 the closed form is 150 (2 / 4)^(1/3) = 119.055.
        var curve = ResponseCurve.Hill(M(1m), M(150m), 3d);
        var best = 0d;
        var argBest = 0d;
        for (var x = 0.01; x < 400d; x += 0.01)
        {
            var m = (double)curve.MarginalRoas(M((decimal)x))!.Value;
            if (m > best)
            {
                (best, argBest) = (m, x);
            }
        }

        Assert.Equal(argBest, (double)curve.InflectionPoint!.Value.Amount, 0.02);
        Assert.Equal(119.055, (double)curve.InflectionPoint!.Value.Amount, 1e-3);
        Assert.Null(ResponseCurve.Hill(M(1m), M(150m), 1d).InflectionPoint);
        Assert.Null(ResponseCurve.Logistic(M(1m), M(150m)).InflectionPoint);
    }

    [Fact]
    public void UndefinedValues_AreNull()
    {
        var concave = ResponseCurve.Hill(M(1_000m), M(100m), 0.5d);
        Assert.Null(concave.Roas(M(0m)));
        Assert.Null(concave.MarginalRoas(M(0m)));
        Assert.Null(concave.MarginalCpa(M(0m), M(50m)));
        var s = ResponseCurve.Hill(M(1_000m), M(100m), 2d);
        Assert.Equal(0m, s.MarginalRoas(M(0m)));
        Assert.Null(s.MarginalCpa(M(0m), M(50m)));
        Assert.Equal(M(0m), s.Response(default));
    }

    [Fact]
    public void RoasAndMarginalCpa_WorkedExample()
    {
        // Michaelis-Menten V = 10,000, K = 1,000 at x = 1,000: R = 5,000, ROAS = 5; R' = V K / (K + x)^2 = 2.5;
        // at 40 USD per conversion the next conversion costs 40 / 2.5 = 16 USD.
        var curve = ResponseCurve.MichaelisMenten(M(10_000m), M(1_000m));
        Assert.Equal(5m, decimal.Round(curve.Roas(M(1_000m))!.Value, 12));
        Assert.Equal(2.5m, decimal.Round(curve.MarginalRoas(M(1_000m))!.Value, 12));
        Assert.Equal(16m, decimal.Round(curve.MarginalCpa(M(1_000m), M(40m))!.Value.Amount, 10));
    }

    [Fact]
    public void Custom_UsesTheUsersFunction()
    {
        // R(x) = 100 ln(1 + x / 100): R' = 1 / (1 + x / 100); marginal ROAS 0.5 at x = 100.
        var curve = ResponseCurve.Custom(new LogCurve(), Usd, CurveShape.Concave);
        Assert.Equal(100d * Math.Log(2d), (double)curve.Response(M(100m)).Amount, 1e-12);
        Assert.Equal(100m, decimal.Round(curve.SpendAtMarginalRoas(0.5m)!.Value.Amount, 8));
        Assert.Null(curve.InflectionPoint);
        Assert.Equal("custom(Concave, USD)", curve.ToString());
    }

    [Fact]
    public void CustomSShaped_FindsTheInflectionNumerically()
    {
        var hill = ResponseCurve.Hill(M(1m), M(150m), 3d);
        var custom = ResponseCurve.Custom(new Wrapped(hill), Usd, CurveShape.SShaped);
        Assert.Equal((double)hill.InflectionPoint!.Value.Amount, (double)custom.InflectionPoint!.Value.Amount, 1e-4);
    }

    [Fact]
    public void Currencies_DoNotMix()
    {
        var curve = ResponseCurve.MichaelisMenten(M(1_000m), M(100m));
        Assert.Throws<CurrencyMismatchException>(() => curve.Response(new Money(1m, Currency.Eur)));
        Assert.Throws<CurrencyMismatchException>(() => ResponseCurve.Hill(M(1m), new Money(1m, Currency.Eur), 1d));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        ContractAssert.Equality(ResponseCurve.Hill(M(1m), M(2m), 3d), ResponseCurve.Hill(M(1m), M(2m), 3d), ResponseCurve.Hill(M(1m), M(2m), 2d));
        Assert.Equal("Hill(max 1.00 USD, half-saturation 2.00 USD, slope 3)", ResponseCurve.Hill(M(1m), M(2m), 3d).ToString());
    }

    internal sealed class LogCurve : IResponseFunction
    {
        public ResponsePoint Evaluate(double spend) => new(100d * Math.Log(1d + (spend / 100d)), 1d / (1d + (spend / 100d)));
    }

    internal sealed class Wrapped(ResponseCurve curve) : IResponseFunction
    {
        public ResponsePoint Evaluate(double spend) => new(
            (double)curve.Response(new Money((decimal)spend, Currency.Usd)).Amount,
            (double)curve.MarginalRoas(new Money((decimal)spend, Currency.Usd))!.Value);
    }
}
