using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>
/// The answer of <see cref="TimeBasedRegression.Analyze(IEnumerable{GeoObservation}, GeoAssignment, DateInterval, DateInterval, DateInterval?, double)"/>:
/// the pre-period line, the counterfactual and effect of every test (and cooldown) day, and the cumulative effect.
/// </summary>
/// <remarks>
/// The cumulative effect follows a Student-t distribution with <see cref="DegreesOfFreedom"/> (formulas on
/// <see cref="TimeBasedRegression"/>); <see cref="CumulativeEffect"/> is its two-sided interval and
/// <see cref="LowerBound"/> its one-sided lower bound at the same level. Equality compares the fit, the periods, the
/// level and every day. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("TBR: {CumulativeEffect}")]
public sealed class TbrResult : IEquatable<TbrResult>, System.Numerics.IEqualityOperators<TbrResult, TbrResult, bool>
{
    private readonly TbrFit _fit;

    internal TbrResult(TbrFit fit, DateInterval preTest, DateInterval test, DateInterval? cooldown, ReadOnlySpan<double> control, ReadOnlySpan<double> treatment, double level)
    {
        _fit = fit;
        PreTest = preTest;
        Test = test;
        Cooldown = cooldown;
        ConfidenceLevel = level;
        var df = fit.DegreesOfFreedom;
        var twoSided = SpecialFunctions.StudentTQuantile(0.5 + (level / 2d), df);
        var days = ImmutableArray.CreateBuilder<TbrDay>(control.Length);
        CompensatedSum effect = default, controlSum = default, counterfactualSum = default;
        for (var t = 0; t < control.Length; t++)
        {
            var counterfactual = fit.Intercept + (fit.Slope * control[t]);
            effect.Add(treatment[t] - counterfactual);
            controlSum.Add(control[t]);
            counterfactualSum.Add(counterfactual);
            var scale = Math.Sqrt(fit.CumulativeVariance(t + 1, controlSum.Value / (t + 1)));
            var delta = effect.Value;
            days.Add(new TbrDay(test.Start.PlusDays(t), treatment[t], control[t], counterfactual, new Estimate(delta, delta - (twoSided * scale), delta + (twoSided * scale), level)));
        }

        Days = days.MoveToImmutable();
        var last = Days[^1].CumulativeEffect;
        CumulativeEffect = last;
        Scale = Math.Sqrt(fit.CumulativeVariance(Days.Length, controlSum.Value / Days.Length));
        LowerBound = last.Value - (SpecialFunctions.StudentTQuantile(level, df) * Scale);
        ProbabilityPositive = Scale > 0d ? SpecialFunctions.StudentTUpperTail(-last.Value / Scale, df) : (last.Value > 0d ? 1d : last.Value < 0d ? 0d : 0.5);
        CounterfactualTotal = counterfactualSum.Value;
        RelativeLift = CounterfactualTotal > 0d ? last.Value / CounterfactualTotal : null;
    }

    /// <summary>Gets the intercept b0 of the pre-period line (treatment = b0 + b1 x control).</summary>
    public double Intercept => _fit.Intercept;

    /// <summary>Gets the slope b1 of the pre-period line.</summary>
    public double Slope => _fit.Slope;

    /// <summary>Gets the residual standard deviation sigma of the pre-period line, sqrt(RSS / (n - 2)).</summary>
    public double ResidualStandardDeviation => Math.Sqrt(_fit.Sigma2);

    /// <summary>Gets the degrees of freedom of the Student-t distribution, pre-period days - 2.</summary>
    public int DegreesOfFreedom => _fit.DegreesOfFreedom;

    /// <summary>Gets the pre-period.</summary>
    public DateInterval PreTest { get; }

    /// <summary>Gets the test period.</summary>
    public DateInterval Test { get; }

    /// <summary>Gets the cooldown period; null when none was analysed.</summary>
    public DateInterval? Cooldown { get; }

    /// <summary>Gets the confidence level of the intervals and the bound.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the test (and cooldown) days in order, each with the observed and counterfactual response and the cumulative effect so far.</summary>
    public ImmutableArray<TbrDay> Days { get; }

    /// <summary>Gets the cumulative effect over the whole window (incremental response), with its two-sided Student-t interval.</summary>
    public Estimate CumulativeEffect { get; }

    /// <summary>Gets the scale (standard deviation) of the cumulative effect's Student-t distribution, sqrt(T^2 xbar' Sigma_b xbar + T sigma^2).</summary>
    public double Scale { get; }

    /// <summary>Gets the one-sided lower bound of the cumulative effect at the confidence level.</summary>
    public double LowerBound { get; }

    /// <summary>Gets the probability that the true cumulative effect is positive.</summary>
    public double ProbabilityPositive { get; }

    /// <summary>Gets the sum of the counterfactual over the window: what the treatment geos would have done without the campaign.</summary>
    public double CounterfactualTotal { get; }

    /// <summary>Gets the cumulative effect as a share of the counterfactual total (0.17 is 17% more); null when the counterfactual total is not positive.</summary>
    public double? RelativeLift { get; }

    /// <summary>Returns the iROAS for a fixed incremental cost: cumulative effect / cost, with the interval and the one-sided bound.</summary>
    /// <param name="incrementalCost">The extra spend in the treatment geos over the window, positive, in the response's unit of money.</param>
    /// <returns>The iROAS.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incrementalCost"/> is not positive.</exception>
    public TbrIroas Iroas(decimal incrementalCost)
    {
        Guard.Positive(incrementalCost);
        var c = (double)incrementalCost;
        var e = CumulativeEffect;
        return new TbrIroas(incrementalCost, new Estimate(e.Value / c, e.Lower / c, e.Upper / c, ConfidenceLevel), LowerBound / c, ProbabilityPositive);
    }

    /// <summary>Returns a readable summary: the periods, the line, the cumulative effect with its interval and bound.</summary>
    /// <returns>Invariant text, numbers to 4 significant digits (display precision).</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Time-based regression, {ExperimentGuard.Show(ConfidenceLevel * 100d, "0.##")}% level\n");
        text.Append(CultureInfo.InvariantCulture, $"  pre-period {TimeBasedRegression.Show(PreTest.Start)}..{TimeBasedRegression.Show(PreTest.End)} ({PreTest.Length} days), test {TimeBasedRegression.Show(Test.Start)}..{TimeBasedRegression.Show(Test.End)} ({Test.Length} days)");
        if (Cooldown is { } c)
        {
            text.Append(CultureInfo.InvariantCulture, $", cooldown {TimeBasedRegression.Show(c.Start)}..{TimeBasedRegression.Show(c.End)}");
        }

        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"  treatment = {ExperimentGuard.Show(Intercept)} + {ExperimentGuard.Show(Slope)} x control (sigma {ExperimentGuard.Show(ResidualStandardDeviation)}, {DegreesOfFreedom} df)\n");
        text.Append(CultureInfo.InvariantCulture, $"  cumulative effect: {CumulativeEffect}, at least {ExperimentGuard.Show(LowerBound)} (one-sided)\n");
        text.Append(CultureInfo.InvariantCulture, $"  relative lift: {(RelativeLift is { } l ? (l * 100d).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "undefined")}, P(effect > 0) = {ExperimentGuard.Show(ProbabilityPositive, "G4")}\n");
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(TbrResult? other) =>
        other is not null && _fit == other._fit && PreTest == other.PreTest && Test == other.Test && Cooldown == other.Cooldown
        && ConfidenceLevel.Equals(other.ConfidenceLevel) && Days.AsSpan().SequenceEqual(other.Days.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TbrResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_fit, PreTest, Test, Cooldown, ConfidenceLevel, Days.Length);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when both are null or every value is equal.</returns>
    public static bool operator ==(TbrResult? left, TbrResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TbrResult? left, TbrResult? right) => !(left == right);
}
