using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// Fits built directly (as a JSON reader would) for serialization tests: converged fits carry standard errors and a
/// small gradient norm, the others no standard errors and a large one.
/// </summary>
public static class TestFits
{
    public static ModelFit<BgNbd> Of(BgNbd m, double logLikelihood, int iterations, bool converged) =>
        new(m, logLikelihood, [Estimate("r", m.R, converged), Estimate("alpha", m.Alpha, converged), Estimate("a", m.A, converged), Estimate("b", m.B, converged)], iterations, converged, Norm(converged));

    public static ModelFit<GammaGamma> Of(GammaGamma m, double logLikelihood, int iterations, bool converged) =>
        new(m, logLikelihood, [Estimate("p", m.P, converged), Estimate("q", m.Q, converged), Estimate("gamma", m.Gamma, converged)], iterations, converged, Norm(converged));

    public static ModelFit<ShiftedBetaGeometric> Of(ShiftedBetaGeometric m, double logLikelihood, int iterations, bool converged) =>
        new(m, logLikelihood, [Estimate("alpha", m.Alpha, converged), Estimate("beta", m.Beta, converged)], iterations, converged, Norm(converged));

    private static ParameterEstimate Estimate(string name, double value, bool converged) =>
        new(name, value, converged ? value / 8d : null);

    private static double Norm(bool converged) => converged ? 1.5e-7 : 0.25;
}
