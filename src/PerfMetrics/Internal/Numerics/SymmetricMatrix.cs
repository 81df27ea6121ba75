namespace PerfMetrics.Internal.Numerics;

/// <summary>Small dense symmetric matrices stored row-major in a <c>double[n * n]</c>: the inverse of a positive-definite one.</summary>
internal static class SymmetricMatrix
{
    /// <summary>
    /// Inverts a symmetric positive-definite matrix by its Cholesky factorisation <c>A = L L'</c>
    /// (Golub and Van Loan, Matrix Computations, 4th ed., algorithm 4.2.1), so <c>A^-1 = L'^-1 L^-1</c>.
    /// </summary>
    /// <param name="matrix">The matrix, row-major, n x n; only its lower triangle is read.</param>
    /// <param name="n">The order.</param>
    /// <returns>The inverse, row-major; null when the matrix is not positive definite (a pivot is not a positive finite number).</returns>
    internal static double[]? InvertPositiveDefinite(ReadOnlySpan<double> matrix, int n)
    {
        var l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var d = matrix[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(d > 0d) || !double.IsFinite(d))
            {
                return null;
            }

            var pivot = Math.Sqrt(d);
            l[(j * n) + j] = pivot;
            for (var i = j + 1; i < n; i++)
            {
                var s = matrix[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / pivot;
            }
        }

        // L^-1 by forward substitution, column by column (lower triangular).
        var inv = new double[n * n];
        for (var c = 0; c < n; c++)
        {
            for (var i = c; i < n; i++)
            {
                var s = i == c ? 1d : 0d;
                for (var k = c; k < i; k++)
                {
                    s -= l[(i * n) + k] * inv[(k * n) + c];
                }

                inv[(i * n) + c] = s / l[(i * n) + i];
            }
        }

        // A^-1 = (L^-1)' L^-1.
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = 0d;
                for (var k = i; k < n; k++)
                {
                    s += inv[(k * n) + i] * inv[(k * n) + j];
                }

                result[(i * n) + j] = s;
                result[(j * n) + i] = s;
            }
        }

        foreach (var v in result)
        {
            if (!double.IsFinite(v))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>
    /// Returns the eigenvalues of a symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan, algorithm 8.5.3),
    /// for the small matrices of the fits (n up to about 10): sweeps until the off-diagonal mass is below 1e-30 of the whole.
    /// </summary>
    /// <param name="matrix">The matrix, row-major, n x n (symmetric).</param>
    /// <param name="n">The order.</param>
    /// <returns>The eigenvalues in ascending order.</returns>
    internal static double[] Eigenvalues(ReadOnlySpan<double> matrix, int n)
    {
        var a = matrix[..(n * n)].ToArray();
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0d, all = 0d;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var v = a[(i * n) + j] * a[(i * n) + j];
                    all += v;
                    off += i == j ? 0d : v;
                }
            }

            if (off <= 1e-30 * all || !double.IsFinite(all))
            {
                break;
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[(p * n) + q];
                    if (apq == 0d)
                    {
                        continue;
                    }

                    // The rotation that zeroes a[p, q]: tan of its angle t solves t^2 + 2 theta t - 1 = 0.
                    var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2d * apq);
                    var t = Math.Sign(theta == 0d ? 1d : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1d));
                    var c = 1d / Math.Sqrt((t * t) + 1d);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[(k * n) + p];
                        var akq = a[(k * n) + q];
                        a[(k * n) + p] = (c * akp) - (s * akq);
                        a[(k * n) + q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[(p * n) + k];
                        var aqk = a[(q * n) + k];
                        a[(p * n) + k] = (c * apk) - (s * aqk);
                        a[(q * n) + k] = (s * apk) + (c * aqk);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[(i * n) + i];
        }

        Array.Sort(values);
        return values;
    }
}
