namespace PerfMetrics.Lifetime;

/// <summary>What a <see cref="FitDiagnostic"/> warns about: a reason not to trust a fit's parameters or standard errors.</summary>
public enum FitDiagnosticKind
{
    /// <summary>A parameter ran to the edge of the search box (beyond e^20 or below e^-20): the data do not identify it, and the fit is not converged.</summary>
    ParameterAtBound = 1,

    /// <summary>The observed information matrix is not positive definite: there are no standard errors or covariances.</summary>
    SingularInformation = 2,

    /// <summary>
    /// The observed information matrix, scaled to a unit diagonal, has a condition number above 10^8: some combination
    /// of parameters is barely identified, and the standard errors are unreliable.
    /// </summary>
    IllConditionedInformation = 3,

    /// <summary>Fewer than 10 customers per parameter made a repeat purchase: too few to estimate a repeat-purchase model.</summary>
    FewRepeatBuyers = 4,
}
