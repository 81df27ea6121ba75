using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public partial class ResponseCurveFitTests
{
    private static Money M(double amount) => new((decimal)amount, Currency.Usd);

    [Fact]
    public void FitMichaelisMenten_AgreesWithMathNetsCurveFit()
    {
        // Five lift-test cells; oracle: MathNet.Numerics.Fit.Curve (its own least-squares optimiser) on the same model.
        double[] x = [500, 1_000, 2_000, 4_000, 8_000];
        double[] y = [1_150, 2_050, 3_350, 4_900, 6_300];
        var fit = ResponseCurve.FitMichaelisMenten([.. x.Zip(y, (s, r) => new ResponseObservation(M(s), M(r)))]);
        var (v, k) = MathNet.Numerics.Fit.Curve(x, y, (vmax, half, s) => vmax * s / (half + s), 8_000, 2_000, 1e-12, 100_000);
        Assert.True(fit.Converged);
        Assert.Equal(v, fit.Parameter("maxResponse").Value, 1e-4 * v);
        Assert.Equal(k, fit.Parameter("halfSaturation").Value, 1e-4 * k);
        Assert.NotNull(fit.Parameter("maxResponse").StandardError);
        Assert.Equal("Michaelis-Menten", fit.Model.Name);
    }

    [Fact]
    public void FitHill_RecoversTheCurveThePointsCameFrom()
    {
        // Points on Hill(K = 20,000, k = 3,000, s = 1.6) with a small alternating error of +-0.1%.
        var truth = ResponseCurve.Hill(M(20_000), M(3_000), 1.6d);
        double[] spends = [500, 1_000, 2_000, 3_000, 5_000, 8_000, 12_000];
        var points = spends.Select((s, i) => new ResponseObservation(M(s), M((double)truth.Response(M(s)).Amount * (i % 2 == 0 ? 1.001 : 0.999)))).ToArray();
        var fit = ResponseCurve.FitHill(points);
        Assert.True(fit.Converged);
        Assert.Equal(20_000d, fit.Parameter("maxResponse").Value, 400d);
        Assert.Equal(3_000d, fit.Parameter("halfSaturation").Value, 60d);
        Assert.Equal(1.6d, fit.Parameter("slope").Value, 0.03d);
        Assert.Equal(CurveShape.SShaped, fit.Model.Shape);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void FitHill_LogLikelihoodIsTheProfiledGaussianOne()
    {
        // -n/2 (ln(2 pi SSE / n) + 1), recomputed from the fitted curve's residuals.
        double[] x = [500, 1_000, 2_000, 4_000, 8_000];
        double[] y = [1_150, 2_050, 3_350, 4_900, 6_300];
        var fit = ResponseCurve.FitHill([.. x.Zip(y, (s, r) => new ResponseObservation(M(s), M(r)))]);
        var sse = x.Zip(y, (s, r) => Math.Pow(r - (double)fit.Model.Response(M(s)).Amount, 2)).Sum();
        Assert.Equal(-2.5 * (Math.Log(2 * Math.PI * sse / 5) + 1), fit.LogLikelihood, 1e-6);
    }
}
