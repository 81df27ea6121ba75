using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Internal.Numerics;

public class NelderMeadTests
{
    [Fact]
    public void Minimize_Rosenbrock_FindsOneOne()
    {
        // Rosenbrock's valley: (1 - x)^2 + 100 (y - x^2)^2 has its only minimum, 0, at (1, 1).
        var result = NelderMead.Minimize(p => Math.Pow(1d - p[0], 2) + (100d * Math.Pow(p[1] - (p[0] * p[0]), 2)), [-1.2, 1d]);

        Assert.True(result.Converged);
        Assert.Equal(1d, result.Parameters[0], 1e-6);
        Assert.Equal(1d, result.Parameters[1], 1e-6);
        Assert.True(result.Value < 1e-12);
        Assert.True(result.Iterations > 0);
        Assert.True(result.Evaluations > result.Iterations);
    }

    [Fact]
    public void Minimize_ShiftedQuadraticIn4D_FindsTheCentre()
    {
        double[] centre = [3d, -1d, 0.5, 10d];
        var result = NelderMead.Minimize(
            p =>
            {
                var sum = 7d;
                for (var i = 0; i < p.Length; i++)
                {
                    sum += (i + 1) * (p[i] - centre[i]) * (p[i] - centre[i]);
                }

                return sum;
            },
            [0d, 0d, 0d, 0d]);

        Assert.True(result.Converged);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(centre[i], result.Parameters[i], 1e-6);
        }

        Assert.Equal(7d, result.Value, 1e-12);
    }

    [Fact]
    public void Minimize_NaNOutsideTheDomain_NeverReturnsNaN()
    {
        // log(x) is NaN for x < 0: the minimum of x - log(x) is at x = 1 (value 1).
        var result = NelderMead.Minimize(p => p[0] - Math.Log(p[0]), [0.1], initialStep: 5d);

        Assert.True(result.Converged);
        Assert.Equal(1d, result.Parameters[0], 1e-6);
        Assert.False(double.IsNaN(result.Value));
    }

    [Fact]
    public void Minimize_NothingFinite_ReportsNotConvergedWithFiniteStart()
    {
        var result = NelderMead.Minimize(_ => double.NaN, [1d, 2d]);

        Assert.False(result.Converged);
        Assert.Equal([1d, 2d], result.Parameters);
        Assert.Equal(double.PositiveInfinity, result.Value);
    }

    [Fact]
    public void Minimize_BudgetTooSmall_ReportsNotConverged()
    {
        var result = NelderMead.Minimize(p => Math.Pow(1d - p[0], 2) + (100d * Math.Pow(p[1] - (p[0] * p[0]), 2)), [-1.2, 1d], maxIterations: 5);

        Assert.False(result.Converged);
        Assert.True(double.IsFinite(result.Parameters[0]) && double.IsFinite(result.Parameters[1]));
        Assert.Equal(5, result.Iterations);
    }

    [Fact]
    public void Minimize_SameInput_SameResult()
    {
        static double F(ReadOnlySpan<double> p) => Math.Cosh(p[0] - 0.3) + Math.Pow(p[1] + 2d, 4) + (p[0] * p[1]);
        var first = NelderMead.Minimize(F, [1d, 1d]);
        var second = NelderMead.Minimize(F, [1d, 1d]);

        Assert.Equal(first.Parameters, second.Parameters);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(first.Iterations, second.Iterations);
    }

    [Fact]
    public void Minimize_Allocations_DoNotGrowWithTheNumberOfEvaluations()
    {
        static double F(ReadOnlySpan<double> p) => Math.Pow(1d - p[0], 2) + (100d * Math.Pow(p[1] - (p[0] * p[0]), 2));
        Objective objective = F;
        NelderMead.Minimize(objective, [-1.2, 1d]); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var few = NelderMead.Minimize(objective, [-1.2, 1d], maxIterations: 10);
        var middle = GC.GetAllocatedBytesForCurrentThread();
        var many = NelderMead.Minimize(objective, [-1.2, 1d]);
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(many.Evaluations > 10 * few.Evaluations);
        Assert.Equal(middle - before, after - middle);
    }

    [Fact]
    public void Minimize_BadStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => NelderMead.Minimize(_ => 0d, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => NelderMead.Minimize(_ => 0d, [double.NaN]));
    }
}
