using System.Diagnostics;
using System.Globalization;
using NodaTime;

namespace PerfMetrics.Experiments;

/// <summary>One day of a TBR analysis window (test and cooldown days): observed, predicted, and the effect so far.</summary>
/// <remarks>
/// <c>default(TbrDay)</c> is all zeros on 0001-01-01. Equality compares every value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct TbrDay : IEquatable<TbrDay>, System.Numerics.IEqualityOperators<TbrDay, TbrDay, bool>
{
    internal TbrDay(LocalDate date, double treatment, double control, double counterfactual, Estimate cumulativeEffect)
    {
        Date = date;
        Treatment = treatment;
        Control = control;
        Counterfactual = counterfactual;
        CumulativeEffect = cumulativeEffect;
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the treatment geos' total response that day (observed).</summary>
    public double Treatment { get; }

    /// <summary>Gets the control geos' total response that day.</summary>
    public double Control { get; }

    /// <summary>Gets the counterfactual: what the treatment geos would have done without the campaign, intercept + slope x control.</summary>
    public double Counterfactual { get; }

    /// <summary>Gets the day's effect, treatment - counterfactual.</summary>
    public double Effect => Treatment - Counterfactual;

    /// <summary>Gets the cumulative effect from the first test day to this one, with its two-sided Student-t interval.</summary>
    public Estimate CumulativeEffect { get; }

    /// <summary>Returns invariant text such as <c>2015-02-16: observed 120345, counterfactual 101234, cumulative effect 19111 [...]</c>.</summary>
    /// <returns>The text, numbers to 4 significant digits (display precision).</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{TimeBasedRegression.Show(Date)}: observed {ExperimentGuard.Show(Treatment)}, counterfactual {ExperimentGuard.Show(Counterfactual)}, cumulative effect {CumulativeEffect}");

    /// <inheritdoc/>
    public bool Equals(TbrDay other) =>
        Date == other.Date && Treatment.Equals(other.Treatment) && Control.Equals(other.Control)
        && Counterfactual.Equals(other.Counterfactual) && CumulativeEffect == other.CumulativeEffect;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TbrDay other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Treatment, Control, Counterfactual, CumulativeEffect);

    /// <summary>Compares two days for equality.</summary>
    /// <param name="left">The first day.</param>
    /// <param name="right">The second day.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public static bool operator ==(TbrDay left, TbrDay right) => left.Equals(right);

    /// <summary>Compares two days for inequality.</summary>
    /// <param name="left">The first day.</param>
    /// <param name="right">The second day.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TbrDay left, TbrDay right) => !left.Equals(right);
}
