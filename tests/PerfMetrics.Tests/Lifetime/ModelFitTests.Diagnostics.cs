using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class ModelFitTests
{
    [Fact]
    public void Diagnostics_ThreeCustomerBgNbdFit_ReportsWhatIsWrongWithoutThrowing()
    {
        // Issue 20: a BG/NBD fit on 3 customers "converged" with a = 149,714 and b = 6.7e-6. The first three CDNOW customers
        // (x = 2, 1, 0): the fit still returns, and says why its parameters are not to be trusted.
        var fit = BgNbd.Fit(RfmRows.Of([2d, 1d, 0d], [30.43, 1.71, 0d], [38.86, 38.86, 38.86], Week));

        var kinds = fit.Diagnostics.Select(d => d.Kind).ToArray();
        Assert.Contains(FitDiagnosticKind.FewRepeatBuyers, kinds);
        Assert.True(kinds.Length >= 2, fit.ToString());
        Assert.Contains("; warnings: ", fit.ToString(), StringComparison.Ordinal);
        Assert.Contains("FewRepeatBuyers: only 2 of 3 customers made a repeat purchase (at least 40 are needed for 4 parameters)", fit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_CdnowFits_AreClean()
    {
        Assert.Empty(BgNbd.Fit(CdnowRows.Value).Diagnostics);
        Assert.Empty(GammaGamma.Fit(CdnowRows.Value.Where(r => r.Frequency > 0)).Diagnostics);
        Assert.Empty(ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year).Diagnostics);
    }

    [Fact]
    public void Diagnostics_ParameterRunningAway_IsReportedAtTheBound()
    {
        // Nobody churns: the sBG likelihood has no interior maximum, beta runs off to infinity (or alpha to 0).
        var fit = ShiftedBetaGeometric.Fit([1000L, 1000L, 1000L], PeriodUnit.Year);

        Assert.False(fit.Converged);
        Assert.Contains(fit.Diagnostics, d => d.Kind == FitDiagnosticKind.ParameterAtBound);
    }

    [Fact]
    public void Create_SingularInformation_IsADiagnostic()
    {
        var model = new GammaGamma(6.25, 3.74, 15.44, Currency.Usd);
        var fit = ModelFit.Create(model, -10d, GammaGamma.ParameterNames, model.ParameterValues, [0d, 0d, 0d], [1d, 0d, 0d, 0d, -1d, 0d, 0d, 0d, -1d], 7, true);

        Assert.Equal(FitDiagnosticKind.SingularInformation, Assert.Single(fit.Diagnostics).Kind);
        Assert.Null(fit.Covariance("p", "q"));
    }

    [Fact]
    public void Create_IllConditionedInformation_IsADiagnostic()
    {
        // -H = [[1, 1 - 1e-10], [1 - 1e-10, 1]] on a unit diagonal: eigenvalues 2 - 1e-10 and 1e-10, condition 2e10 > 1e8.
        var model = new ShiftedBetaGeometric(1d, 1d, PeriodUnit.Year);
        var off = -(1d - 1e-10);
        var fit = ModelFit.Create(model, -10d, ShiftedBetaGeometric.ParameterNames, model.ParameterValues, [0d, 0d], [-1d, off, off, -1d], 7, true);

        Assert.Equal(FitDiagnosticKind.IllConditionedInformation, Assert.Single(fit.Diagnostics).Kind);
    }

    [Fact]
    public void Covariance_IsTheInverseOfTheObservedInformation()
    {
        // Hand-worked 2 x 2: -H = [[2, 1], [1, 2]] has the inverse [[2, -1], [-1, 2]] / 3.
        var model = new ShiftedBetaGeometric(1d, 1d, PeriodUnit.Year);
        var fit = ModelFit.Create(model, -10d, ShiftedBetaGeometric.ParameterNames, model.ParameterValues, [0d, 0d], [-2d, -1d, -1d, -2d], 7, true);

        Assert.Equal(2d / 3d, fit.Covariance("alpha", "alpha")!.Value, 1e-15);
        Assert.Equal(-1d / 3d, fit.Covariance("alpha", "beta")!.Value, 1e-15);
        Assert.Equal(fit.Covariance("beta", "alpha"), fit.Covariance("alpha", "beta"));
        Assert.Equal(Math.Sqrt(2d / 3d), fit.Parameter("beta").StandardError!.Value, 1e-15);
    }
}
