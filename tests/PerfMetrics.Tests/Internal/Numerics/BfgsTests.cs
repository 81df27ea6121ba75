using PerfMetrics.Internal.Numerics;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Internal.Numerics;

public class BfgsTests
{
    // Rosenbrock: f = (1 - x)^2 + 100 (y - x^2)^2, gradient (-2(1 - x) - 400 x (y - x^2), 200 (y - x^2)); minimum 0 at (1, 1).
    private static double Rosenbrock(ReadOnlySpan<double> p, Span<double> g)
    {
        double x = p[0], y = p[1];
        g[0] = (-2d * (1d - x)) - (400d * x * (y - (x * x)));
        g[1] = 200d * (y - (x * x));
        return ((1d - x) * (1d - x)) + (100d * (y - (x * x)) * (y - (x * x)));
    }

    [Fact]
    public void Minimize_RosenbrockWithAnalyticGradient_FindsOneOne()
    {
        var result = Bfgs.Minimize(Rosenbrock, [-1.2, 1d]);

        Assert.True(result.Converged);
        Assert.Equal(1d, result.Parameters[0], 1e-7);
        Assert.Equal(1d, result.Parameters[1], 1e-7);
        Assert.True(result.Value < 1e-14);
        Assert.InRange(result.Iterations, 1, 200);
    }

    [Fact]
    public void Minimize_ShiftedQuadraticIn4D_FindsTheCentre()
    {
        double[] centre = [3d, -1d, 0.5, 10d];
        var result = Bfgs.Minimize(
            (p, g) =>
            {
                var sum = 7d;
                for (var i = 0; i < p.Length; i++)
                {
                    sum += (i + 1) * (p[i] - centre[i]) * (p[i] - centre[i]);
                    g[i] = 2d * (i + 1) * (p[i] - centre[i]);
                }

                return sum;
            },
            [0d, 0d, 0d, 0d]);

        Assert.True(result.Converged);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(centre[i], result.Parameters[i], 1e-8);
        }

        // A quadratic in 4 dimensions: BFGS with exact gradients needs only a handful of iterations.
        Assert.InRange(result.Iterations, 1, 30);
    }

    [Fact]
    public void Minimize_NaNOutsideTheDomain_StepsBackInside()
    {
        // x - ln x has its minimum 1 at x = 1; from 0.1 the first Newton-like steps overshoot into x < 0 (NaN).
        var result = Bfgs.Minimize(
            (p, g) =>
            {
                g[0] = 1d - (1d / p[0]);
                return p[0] - Math.Log(p[0]);
            },
            [0.1]);

        Assert.True(result.Converged);
        Assert.Equal(1d, result.Parameters[0], 1e-7);
    }

    [Fact]
    public void Minimize_InfeasibleStart_ReportsNotConverged()
    {
        var result = Bfgs.Minimize((_, _) => double.NaN, [1d, 2d]);
        Assert.False(result.Converged);
        Assert.Equal([1d, 2d], result.Parameters);
    }

    [Fact]
    public void Minimize_CentralDifferences_AgreesWithNelderMeadOnTheSbgLikelihood()
    {
        // Fader and Hardie (2007) "Regular" segment: both optimisers reach alpha = 0.704, beta = 1.182, LL = -1680.27.
        double[] counts = [1000, 631, 468, 382, 326, 289, 262, 241];
        double Negative(ReadOnlySpan<double> p) => -ShiftedBetaGeometric.LogLikelihood(counts, Math.Exp(p[0]), Math.Exp(p[1]));

        var bfgs = Bfgs.Minimize(Bfgs.CentralDifferences(Negative, 2), [0d, 0d]);
        var simplex = NelderMead.Minimize(Negative, [0d, 0d]);

        Assert.True(bfgs.Converged);
        Assert.Equal(0.704, Math.Round(Math.Exp(bfgs.Parameters[0]), 3));
        Assert.Equal(1.182, Math.Round(Math.Exp(bfgs.Parameters[1]), 3));
        Assert.Equal(-1680.27, Math.Round(-bfgs.Value, 2));
        Assert.Equal(simplex.Parameters[0], bfgs.Parameters[0], 1e-5);
        Assert.Equal(simplex.Parameters[1], bfgs.Parameters[1], 1e-5);
        Assert.True(bfgs.Evaluations < simplex.Evaluations);
    }

    [Fact]
    public void Minimize_SameInput_SameResult()
    {
        var first = Bfgs.Minimize(Rosenbrock, [-1.2, 1d]);
        var second = Bfgs.Minimize(Rosenbrock, [-1.2, 1d]);
        Assert.Equal(first.Parameters, second.Parameters);
        Assert.Equal(first.Iterations, second.Iterations);
    }

    [Fact]
    public void Minimize_Allocations_DoNotGrowWithTheNumberOfIterations()
    {
        GradientObjective objective = Rosenbrock;
        Bfgs.Minimize(objective, [-1.2, 1d]); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var few = Bfgs.Minimize(objective, [-1.2, 1d], maxIterations: 1);
        var middle = GC.GetAllocatedBytesForCurrentThread();
        var many = Bfgs.Minimize(objective, [-1.2, 1d]);
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(many.Evaluations > 3 * few.Evaluations, $"{many.Evaluations} vs {few.Evaluations}");
        Assert.Equal(middle - before, after - middle);
    }

    [Fact]
    public void Minimize_BadStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => Bfgs.Minimize((_, _) => 0d, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bfgs.Minimize((_, _) => 0d, [double.PositiveInfinity]));
    }
}
