using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Internal.Numerics;

public class SymmetricMatrixTests
{
    [Fact]
    public void InvertPositiveDefinite_TwoByTwo_MatchesTheHandWorkedInverse()
    {
        // [[4, 2], [2, 3]]: determinant 8, inverse [[3, -2], [-2, 4]] / 8.
        var inverse = SymmetricMatrix.InvertPositiveDefinite([4d, 2d, 2d, 3d], 2)!;

        Assert.Equal(3d / 8d, inverse[0], 1e-15);
        Assert.Equal(-2d / 8d, inverse[1], 1e-15);
        Assert.Equal(-2d / 8d, inverse[2], 1e-15);
        Assert.Equal(4d / 8d, inverse[3], 1e-15);
    }

    [Fact]
    public void InvertPositiveDefinite_Hilbert4_TimesTheMatrixIsTheIdentity()
    {
        // The 4 x 4 Hilbert matrix (condition number about 1.6e4) has the known integer inverse
        // [[16, -120, 240, -140], [-120, 1200, -2700, 1680], [240, -2700, 6480, -4200], [-140, 1680, -4200, 2800]].
        var h = new double[16];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                h[(i * 4) + j] = 1d / (i + j + 1);
            }
        }

        double[] expected = [16, -120, 240, -140, -120, 1200, -2700, 1680, 240, -2700, 6480, -4200, -140, 1680, -4200, 2800];
        var inverse = SymmetricMatrix.InvertPositiveDefinite(h, 4)!;
        for (var k = 0; k < 16; k++)
        {
            Assert.Equal(expected[k], inverse[k], 1e-8 * Math.Abs(expected[k]));
        }
    }

    [Theory]
    [InlineData(1d, 2d, 2d, 1d)]   // indefinite (eigenvalues 3 and -1)
    [InlineData(0d, 0d, 0d, 1d)]   // singular
    [InlineData(-1d, 0d, 0d, -1d)] // negative definite
    [InlineData(double.NaN, 0d, 0d, 1d)]
    public void InvertPositiveDefinite_NotPositiveDefinite_IsNull(double a, double b, double c, double d) =>
        Assert.Null(SymmetricMatrix.InvertPositiveDefinite([a, b, c, d], 2));
}
