using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public class AdstockTests
{
    [Fact]
    public void Geometric_RobynsDocumentedExample()
    {
        // Robyn's documentation of adstock_geometric and issue 19: 100 per period for 5 periods at theta 0.5 gives
        // 100, 150, 175, 187.5, 193.75 (each period adds 100 to half the previous level).
        var y = Adstock.Geometric(0.5d).Apply([100d, 100d, 100d, 100d, 100d]);
        Assert.Equal([100d, 150d, 175d, 187.5d, 193.75d], y);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(0.3d)]
    [InlineData(0.9d)]
    public void Geometric_SteadyStateIsOneOverOneMinusTheta(double theta)
    {
        // A constant 10 per period settles at 10 / (1 - theta): the sum of the geometric series 10 (1 + theta + theta^2 + ...).
        var adstock = Adstock.Geometric(theta);
        Assert.Equal(1d / (1d - theta), adstock.SteadyStateMultiplier, 1e-15);
        var y = adstock.Apply(Enumerable.Repeat(10d, 2_000).ToArray());
        Assert.Equal(10d * adstock.SteadyStateMultiplier, y[^1], 1e-9);
    }

    [Fact]
    public void GeometricNormalized_IsMeridiansWeightedAverage()
    {
        // Meridian: weights alpha^l / sum, l = 0..L. alpha = 0.5, L = 2: weights 4/7, 2/7, 1/7. An impulse of 7 at t = 0
        // gives 4, 2, 1, 0; a constant series settles at itself (multiplier 1) once L periods have passed.
        var adstock = Adstock.GeometricNormalized(0.5d, 2);
        var impulse = adstock.Apply([7d, 0d, 0d, 0d]);
        Assert.Equal(4d, impulse[0], 1e-12);
        Assert.Equal(2d, impulse[1], 1e-12);
        Assert.Equal(1d, impulse[2], 1e-12);
        Assert.Equal(0d, impulse[3]);
        Assert.Equal(1d, adstock.SteadyStateMultiplier);
        Assert.Equal(5d, adstock.Apply([5d, 5d, 5d, 5d])[3], 1e-12);
    }

    [Fact]
    public void Delayed_PeaksAtThePeakLag()
    {
        // Jin et al. (2017): weights alpha^((l - theta)^2); with theta = 2 the largest weight is at lag 2.
        // alpha = 0.5, L = 4: raw weights 1/16, 1/2, 1, 1/2, 1/16 (sum 2.125).
        var y = Adstock.Delayed(0.5d, 2d, 4).Apply([2.125d, 0d, 0d, 0d, 0d, 0d]);
        Assert.Equal([0.0625, 0.5, 1d, 0.5, 0.0625, 0d], y.Select(v => Math.Round(v, 12)).ToArray());
    }

    [Fact]
    public void Weibull_WithShapeOneIsGeometric()
    {
        // exp(-(l / scale)^1) = theta^l with theta = e^(-1/scale): the same series as Robyn's geometric while t <= L.
        var scale = 2d;
        var theta = Math.Exp(-1d / scale);
        double[] x = [100d, 0d, 50d, 80d, 0d, 0d, 10d];
        var weibull = Adstock.Weibull(1d, scale, 20).Apply(x);
        var geometric = Adstock.Geometric(theta).Apply(x);
        for (var t = 0; t < x.Length; t++)
        {
            Assert.Equal(geometric[t], weibull[t], 1e-12);
        }

        var sum = Enumerable.Range(0, 21).Sum(l => Math.Pow(theta, l));
        Assert.Equal(sum, Adstock.Weibull(1d, scale, 20).SteadyStateMultiplier, 1e-12);
    }

    [Fact]
    public void Apply_EmptySeriesGivesEmpty() => Assert.Empty(Adstock.Geometric(0.2).Apply([]));
}
