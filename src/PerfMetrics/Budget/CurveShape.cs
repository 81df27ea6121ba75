namespace PerfMetrics.Budget;

/// <summary>The shape of a response curve, which decides how a budget is allocated over it.</summary>
public enum CurveShape
{
    /// <summary>Diminishing returns from the first unit: the marginal response never increases (Hill with slope at most 1, Michaelis-Menten, logistic saturation). Allocated exactly by bisection on the common marginal return.</summary>
    Concave,

    /// <summary>Increasing then diminishing returns: the marginal response rises to a peak at the inflection point, then falls (Hill with slope above 1). Allocated by a dynamic programme over a spend grid.</summary>
    SShaped,
}
