using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// The one result shape of every fit (ModelFit): standard errors checked against brute-force finite differences of
/// independently written log-likelihoods, bit-identical results for every degree of parallelism, log-likelihoods equal
/// to the exact sum of the per-row terms, and the Gamma-Gamma likelihood convention.
/// </summary>
public partial class ModelFitTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Create_NonFiniteLogLikelihood_IsNegativeInfinityWithoutStandardErrorsAndNotConverged(double logLikelihood)
    {
        // One rule for every model's fit: a log-likelihood that is not finite at the estimate never reaches the user as NaN.
        // The Hessian given here is the identity (whose inverse would give standard errors of 1), so only the rule removes them.
        var model = new GammaGamma(6.25, 3.74, 15.44, Currency.Usd);
        var fit = ModelFit.Create(model, logLikelihood, GammaGamma.ParameterNames, model.ParameterValues, [0d, 0d, 0d], [-1d, 0d, 0d, 0d, -1d, 0d, 0d, 0d, -1d], 7, true);
        Assert.Equal(double.NegativeInfinity, fit.LogLikelihood);
        Assert.False(fit.Converged);
        Assert.Equal(double.PositiveInfinity, fit.GradientNorm);
        Assert.All(fit.Parameters, p => Assert.Null(p.StandardError));
        Assert.Equal([6.25, 3.74, 15.44], fit.Parameters.Select(p => p.Value));
        Assert.Equal(7, fit.Iterations);
    }

    [Fact]
    public void Create_FiniteLogLikelihood_InvertsTheObservedInformation()
    {
        // Hand-worked: -H = diag(4, 1/4, 1) has the inverse diag(1/4, 4, 1), so the standard errors are 1/2, 2 and 1;
        // the gradient (3, 4, 0) has the norm 5.
        var model = new GammaGamma(6.25, 3.74, 15.44, Currency.Usd);
        var fit = ModelFit.Create(model, -10d, GammaGamma.ParameterNames, model.ParameterValues, [3d, 4d, 0d], [-4d, 0d, 0d, 0d, -0.25d, 0d, 0d, 0d, -1d], 7, true);
        Assert.Equal(-10d, fit.LogLikelihood);
        Assert.True(fit.Converged);
        Assert.Equal(5d, fit.GradientNorm);
        Assert.Equal([0.5, 2d, 1d], fit.Parameters.Select(p => p.StandardError!.Value));
    }

    private static readonly PeriodUnit Week = PeriodUnit.Week;

    // Fader and Hardie (2007), "Regular" segment, percent alive of 1,000 customers in years 0..7.
    private static readonly long[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];

    private static readonly Lazy<CustomerRfm[]> CdnowRows = new(() =>
    {
        var rows = CdnowData.Summary;
        return RfmRows.Of([.. rows.Select(r => (double)r.X)], [.. rows.Select(r => r.Tx)], [.. rows.Select(r => r.T)], Week, [.. rows.Select(r => new Money(r.Zbar, Currency.Usd))]);
    });

    // 30 copies of CDNOW: 70,710 rows, above the 65,536 rows from which the likelihood is evaluated in parallel chunks.
    private static readonly Lazy<CustomerRfm[]> LargeRows = new(() => [.. Enumerable.Repeat(CdnowRows.Value, 30).SelectMany(r => r)]);

    private static readonly Lazy<ModelFit<BgNbd>> SerialBgNbd = new(() => BgNbd.Fit(LargeRows.Value, new FitOptions(1)));

    private static readonly Lazy<ModelFit<GammaGamma>> SerialGammaGamma = new(() => GammaGamma.Fit(LargeRows.Value, new FitOptions(1)));

    private static void Relative(double expected, double actual, double tolerance, string what) =>
        Assert.True(
            Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{what}: expected {expected:R}, was {actual:R} (relative difference {Math.Abs(actual - expected) / Math.Abs(expected):E2}, tolerance {tolerance:E0})");

    // ---- Standard errors against finite differences of the published log-likelihoods ----

    [Fact]
    public void ShiftedBetaGeometric_RegularSegment_StandardErrorsMatchFiniteDifferences()
    {
        var fit = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);
        double[] at = [fit.Model.Alpha, fit.Model.Beta];

        var oracle = FitOracles.StandardErrors(p => FitOracles.ShiftedBetaGeometric(Regular, p[0], p[1]), at);

        Assert.Equal(["alpha", "beta"], fit.Parameters.Select(p => p.Name));
        Assert.Equal(at, fit.Parameters.Select(p => p.Value));
        Relative(oracle[0], fit.Parameter("alpha").StandardError!.Value, 1e-4, "se(alpha)");
        Relative(oracle[1], fit.Parameter("beta").StandardError!.Value, 1e-4, "se(beta)");

        // alpha = 0.704 (se 0.066), beta = 1.182 (se 0.152).
        Assert.Equal(0.066, Math.Round(fit.Parameter("alpha").StandardError!.Value, 3));
        Assert.Equal(0.152, Math.Round(fit.Parameter("beta").StandardError!.Value, 3));
        Assert.True(fit.GradientNorm < 1e-2, $"gradient norm {fit.GradientNorm}");
    }

    [Fact]
    public void BgNbd_Cdnow_StandardErrorsMatchFiniteDifferences()
    {
        var rows = CdnowData.Summary;
        var fit = BgNbd.Fit(CdnowRows.Value);
        double[] at = [fit.Model.R, fit.Model.Alpha, fit.Model.A, fit.Model.B];
        double Ll(double[] p) => rows.Sum(c => FitOracles.BgNbdRow(p[0], p[1], p[2], p[3], c.X, c.Tx, c.T));

        var oracle = FitOracles.StandardErrors(Ll, at);

        Assert.Equal(["r", "alpha", "a", "b"], fit.Parameters.Select(p => p.Name));
        for (var i = 0; i < 4; i++)
        {
            Relative(oracle[i], fit.Parameters[i].StandardError!.Value, 1e-4, $"se({fit.Parameters[i].Name})");
        }

        // r 0.243 (se 0.0126), alpha 4.414 (0.378), a 0.793 (0.186), b 2.426 (0.705); the lifetimes package prints
        // 0.01, 0.38, 0.19 and 0.71 for the same data (its summary, two decimals).
        Assert.Equal(0.0126, Math.Round(fit.Parameter("r").StandardError!.Value, 4));
        Assert.Equal(0.378, Math.Round(fit.Parameter("alpha").StandardError!.Value, 3));
        Assert.Equal(0.186, Math.Round(fit.Parameter("a").StandardError!.Value, 3));
        Assert.Equal(0.705, Math.Round(fit.Parameter("b").StandardError!.Value, 3));
        Assert.True(fit.GradientNorm < 1e-3, $"gradient norm {fit.GradientNorm}");
    }

    [Fact]
    public void GammaGamma_Cdnow_StandardErrorsMatchFiniteDifferences()
    {
        var repeat = CdnowData.Summary.Where(r => r.X > 0).ToArray();
        var fit = GammaGamma.Fit(CdnowRows.Value);
        double[] at = [fit.Model.P, fit.Model.Q, fit.Model.Gamma];
        double Ll(double[] p) => repeat.Sum(c => FitOracles.GammaGammaMeanRow(p[0], p[1], p[2], c.X, (double)c.Zbar));

        var oracle = FitOracles.StandardErrors(Ll, at);

        Assert.Equal(["p", "q", "gamma"], fit.Parameters.Select(p => p.Name));
        for (var i = 0; i < 3; i++)
        {
            Relative(oracle[i], fit.Parameters[i].StandardError!.Value, 1e-4, $"se({fit.Parameters[i].Name})");
        }

        Assert.True(fit.GradientNorm < 1e-3, $"gradient norm {fit.GradientNorm}");
    }

    [Fact]
    public void Fits_WithoutAnInteriorMaximum_HaveNoStandardErrors()
    {
        // Nobody churns (sBG) and nobody repeats (BG/NBD): the likelihood has no interior maximum, so the information
        // matrix is not positive definite and no standard error is claimed.
        var sbg = ShiftedBetaGeometric.Fit([100L, 100, 100, 100], PeriodUnit.Month);
        var bg = BgNbd.Fit(RfmRows.Of([0d, 0d, 0d], [0d, 0d, 0d], [10d, 20d, 30d], Week));

        Assert.False(sbg.Converged);
        Assert.All(sbg.Parameters, p => Assert.Null(p.StandardError));
        Assert.False(bg.Converged);
        Assert.All(bg.Parameters, p => Assert.Null(p.StandardError));
    }

    // ---- Degree of parallelism: the same doubles, bit for bit ----

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(-1)]
    public void BgNbd_AnyDegreeOfParallelism_GivesBitIdenticalResults(int degree)
    {
        var serial = SerialBgNbd.Value;

        var fit = BgNbd.Fit(LargeRows.Value, new FitOptions(degree));

        AssertBitIdentical(serial, fit);
    }

    [Fact]
    public void BgNbd_DefaultOptions_GiveTheSerialResult() => AssertBitIdentical(SerialBgNbd.Value, BgNbd.Fit(LargeRows.Value));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(-1)]
    public void GammaGamma_AnyDegreeOfParallelism_GivesBitIdenticalResults(int degree) =>
        AssertBitIdentical(SerialGammaGamma.Value, GammaGamma.Fit(LargeRows.Value, new FitOptions(degree)));

    [Property(Arbitrary = new[] { typeof(FitArbitraries) }, MaxTest = 10 / TestProfile.PropertyRunDivisor)]
    public void BgNbdFitIsBitIdenticalForAnyDegreeOfParallelismAndAnyRowOrderOfTheSameChunks(ParallelFitCase c)
    {
        // Rotating the 70,710 rows changes which rows share a chunk; for that input every thread count gives the serial fit.
        var rows = LargeRows.Value;
        CustomerRfm[] rotated = [.. rows.Skip(c.Rotation % rows.Length), .. rows.Take(c.Rotation % rows.Length)];

        AssertBitIdentical(BgNbd.Fit(rotated, new FitOptions(1)), BgNbd.Fit(rotated, new FitOptions(c.Degree)));
    }

    // ---- Reported log-likelihoods: the exact sum of the per-row terms ----

    [Fact]
    public void GammaGamma_LargeInput_LogLikelihoodIsTheExactSumOfThePerRowTerms()
    {
        // 404,447 repeat buyers simulated from the CDNOW parameters (the size of the 1M synthetic file's repeat buyers).
        var (x, m) = SimulateSpend(404_447, p: 6.25, q: 3.74, gamma: 15.44, seed: 404_447);
        var rows = RfmRows.Spend(x, [.. m.Select(v => new Money(v, Currency.Usd))]);

        var fit = GammaGamma.Fit(rows);

        var (p, q, g) = (fit.Model.P, fit.Model.Q, fit.Model.Gamma);
        var terms = x.Select((xi, i) => FitOracles.GammaGammaMeanRow(p, q, g, xi, (double)m[i])).ToArray();
        var exact = ExactSum.Scaled(terms);
        var distance = ExactSum.Distance(fit.LogLikelihood, exact);

        // A plain running sum of these terms is typically 1e-7 .. 1e-5 off at this size; each oracle term differs from the
        // library's rearranged one by a few roundings, so 1e-8 is the honest bound.
        Assert.True(distance <= 1e-8, $"LL {fit.LogLikelihood:R} is {distance:E2} from the exact sum of the per-row terms");
    }

    [Fact]
    public void BgNbd_LargeInput_LogLikelihoodIsTheExactSumOfThePerRowTerms()
    {
        // CDNOW 100 times: 235,700 rows.
        var rows = CdnowData.Summary;
        var fit = BgNbd.Fit([.. Enumerable.Repeat(CdnowRows.Value, 100).SelectMany(r => r)]);

        var (r, alpha, a, b) = (fit.Model.R, fit.Model.Alpha, fit.Model.A, fit.Model.B);
        var once = rows.Select(c => FitOracles.BgNbdRow(r, alpha, a, b, c.X, c.Tx, c.T)).ToArray();
        var exact = ExactSum.Scaled(Enumerable.Repeat(once, 100).SelectMany(t => t));
        var distance = ExactSum.Distance(fit.LogLikelihood, exact);

        Assert.True(distance <= 1e-8, $"LL {fit.LogLikelihood:R} is {distance:E2} from the exact sum of the per-row terms");
        Assert.Equal(-958_243, Math.Round(fit.LogLikelihood));
    }

    // ---- The Gamma-Gamma likelihood convention ----

    [Fact]
    public void GammaGamma_Cdnow_ReportsTheDensityOfTheMean_WhichIsTheTotalsLikelihoodPlusTheSumOfLnX()
    {
        // ln f(total = x m) = ln f(mean = m) - ln x: the reported log-likelihood (density of the mean, as lifetimes and
        // CLVTools), -4055.9, minus sum ln x over the 946 repeat buyers, 603.4, is -4659.3, the density of the totals that
        // Fader, Hardie and Lee (2005) report (-4659).
        var repeat = CdnowData.Summary.Where(r => r.X > 0).ToArray();
        var fit = GammaGamma.Fit(CdnowRows.Value);
        var (p, q, g) = (fit.Model.P, fit.Model.Q, fit.Model.Gamma);

        var meanDensity = repeat.Sum(c => FitOracles.GammaGammaMeanRow(p, q, g, c.X, (double)c.Zbar));
        var totalDensity = repeat.Sum(c => FitOracles.GammaGammaTotalRow(p, q, g, c.X, (double)c.Zbar));
        var sumLnX = repeat.Sum(c => Math.Log(c.X));

        Assert.Equal(meanDensity, fit.LogLikelihood, 1e-8);
        Assert.Equal(totalDensity, fit.LogLikelihood - sumLnX, 1e-8);
        Assert.Equal(-4055.9, Math.Round(fit.LogLikelihood, 1));
        Assert.Equal(603.4, Math.Round(sumLnX, 1));
        Assert.Equal(-4659, Math.Round(totalDensity));
    }

    // ---- The shape: lookup, equality, text ----

    [Fact]
    public void Parameter_ByName_IsTheSameRecordAsInTheList()
    {
        var fit = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);

        Assert.Equal(fit.Parameters[0], fit.Parameter("alpha"));
        Assert.Equal(fit.Parameters[1], fit.Parameter("beta"));
        Assert.Equal(fit.Model.Beta, fit.Parameter("beta").Value);
        var ex = Assert.Throws<ArgumentException>(() => fit.Parameter("Alpha"));
        Assert.Contains("must be one of alpha, beta, was \"Alpha\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameFitTwice_IsEqualWithTheSameHash()
    {
        var first = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);
        var second = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);
        var other = ShiftedBetaGeometric.Fit([1000L, 869, 743, 653, 593, 551, 517, 491], PeriodUnit.Year);

        Assert.True(first == second);
        Assert.True(first.Equals((object)second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.True(first != other);
        Assert.False(first.Equals(null));
        Assert.False(first == null);
    }

    [Fact]
    public void ParameterEstimate_TextAndDefault()
    {
        var estimate = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year).Parameter("alpha");

        Assert.StartsWith("alpha = 0.70", estimate.ToString(), StringComparison.Ordinal);
        Assert.Contains("(se 0.065", estimate.ToString(), StringComparison.Ordinal);
        Assert.Null(default(ParameterEstimate).Name);
        Assert.Null(default(ParameterEstimate).StandardError);
        Assert.Equal("(no name) = 0 (no se)", default(ParameterEstimate).ToString());
        Assert.True(default(ParameterEstimate) != estimate);
        Assert.Equal(default(ParameterEstimate).GetHashCode(), default(ParameterEstimate).GetHashCode());
    }

    [Fact]
    public void FitOptions_DefaultIsUnlimited()
    {
        Assert.Equal(-1, FitOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal("max degree of parallelism unlimited", FitOptions.Default.ToString());
        Assert.Equal("max degree of parallelism 3", new FitOptions(3).ToString());
    }

    // ---- Rows ----

    [Fact]
    public void Fit_AnyCollectionOfTheSameRows_IsTheSameFit()
    {
        var rows = CdnowRows.Value;
        var fromArray = BgNbd.Fit(rows);

        Assert.Equal(fromArray, BgNbd.Fit(rows.ToList()));
        Assert.Equal(fromArray, BgNbd.Fit(rows.Select(r => r)));
        Assert.Equal(GammaGamma.Fit(rows), GammaGamma.Fit(rows.Where(r => r.Frequency > 0)));
    }

    [Fact]
    public void CustomerRfm_Constructor_BuildsTheRowTheSummaryBuilds()
    {
        // Days 0, 100 and 213 of a 272-day calibration (weeks), repeat values 20.00 and 24.70: x = 2, mean 22.35 USD.
        var start = new NodaTime.LocalDate(1997, 1, 1);
        var summary = RfmSummary.Build(
            [
                new CustomerTransaction("0001", start, new Money(10m, Currency.Usd)),
                new CustomerTransaction("0001", start.PlusDays(100), new Money(20m, Currency.Usd)),
                new CustomerTransaction("0001", start.PlusDays(213), new Money(24.70m, Currency.Usd)),
            ],
            Week,
            PurchaseMerging.SameDay,
            start.PlusDays(272));

        var row = new CustomerRfm("0001", 2, new Periods(213m / 7m, Week), new Periods(272m / 7m, Week), new Money(22.35m, Currency.Usd));

        Assert.Equal(summary.Customers[0], row);
    }

    // ---- JSON of the one fit shape (through the factory that the [JsonConverter] attribute names) ----

    [Fact]
    public void Json_RealFits_RoundTripToEqualFits()
    {
        var sbg = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);
        var bg = BgNbd.Fit(CdnowRows.Value);
        var gg = GammaGamma.Fit(CdnowRows.Value);

        Assert.Equal(sbg, JsonSerializer.Deserialize<ModelFit<ShiftedBetaGeometric>>(JsonSerializer.Serialize(sbg)));
        Assert.Equal(bg, JsonSerializer.Deserialize<ModelFit<BgNbd>>(JsonSerializer.Serialize(bg)));
        Assert.Equal(gg, JsonSerializer.Deserialize<ModelFit<GammaGamma>>(JsonSerializer.Serialize(gg)));
        Assert.Contains("\"StandardErrors\":[", JsonSerializer.Serialize(sbg), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{}", "needs \"")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[1,1],"iterations":3,"converged":"yes","gradientNorm":0}""", "converged must be true or false")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"iterations":3,"converged":true,"gradientNorm":0}""", "standardErrors")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[1],"iterations":3,"converged":true,"gradientNorm":0}""", "one standard error per parameter (alpha, beta), had 1")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[1,1,1],"iterations":3,"converged":true,"gradientNorm":0}""", "one standard error per parameter (alpha, beta), had 3")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[-1,1],"iterations":3,"converged":true,"gradientNorm":0}""", "the standard error of alpha must be a number 0 or more")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[1,1],"iterations":3,"converged":true}""", "gradientNorm")]
    [InlineData("""{"model":{"alpha":1,"beta":1,"unit":"P1Y"},"logLikelihood":-1,"standardErrors":[1,1],"iterations":3,"converged":true,"gradientNorm":-2}""", "GradientNorm must be a number 0 or more")]
    public void Json_BadShiftedBetaGeometricFit_ThrowsNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => Read<ShiftedBetaGeometric>(json));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{}", "needs \"")]
    public void Json_BadBgNbdAndGammaGammaFits_ThrowNamingTheRule(string json, string because)
    {
        Assert.Contains(because, Assert.Throws<JsonException>(() => Read<BgNbd>(json)).Message, StringComparison.Ordinal);
        Assert.Contains(because, Assert.Throws<JsonException>(() => Read<GammaGamma>(json)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NullWriterOrValue_ThrowsArgumentNull()
    {
        var converter = Converter<ShiftedBetaGeometric>();
        var fit = ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => converter.Write(null!, fit, JsonSerializerOptions.Default)).ParamName);
        using var writer = new Utf8JsonWriter(new MemoryStream());
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => converter.Write(writer, null!, JsonSerializerOptions.Default)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Converter<BgNbd>().Write(writer, null!, JsonSerializerOptions.Default)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Converter<GammaGamma>().Write(writer, null!, JsonSerializerOptions.Default)).ParamName);
    }

    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static JsonConverter<ModelFit<T>> Converter<T>()
        where T : class =>
        (JsonConverter<ModelFit<T>>)new PerfMetricsJsonConverterFactory().CreateConverter(typeof(ModelFit<T>), CamelCase);

    private static ModelFit<T> Read<T>(string json)
        where T : class
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return Converter<T>().Read(ref reader, typeof(ModelFit<T>), CamelCase)!;
    }

    private static void AssertBitIdentical<T>(ModelFit<T> expected, ModelFit<T> actual)
        where T : class
    {
        static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);
        Assert.Equal(Bits(expected.LogLikelihood), Bits(actual.LogLikelihood));
        Assert.Equal(Bits(expected.GradientNorm), Bits(actual.GradientNorm));
        Assert.Equal(expected.Iterations, actual.Iterations);
        Assert.Equal(expected.Converged, actual.Converged);
        for (var i = 0; i < expected.Parameters.Count; i++)
        {
            Assert.Equal(Bits(expected.Parameters[i].Value), Bits(actual.Parameters[i].Value));
            Assert.Equal(Bits(expected.Parameters[i].StandardError!.Value), Bits(actual.Parameters[i].StandardError!.Value));
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>Gamma-Gamma spend: x repeat purchases (1 + a geometric count), nu ~ Gamma(q, rate gamma), mean value ~ Gamma(p x, rate x nu), in cents.</summary>
    private static (double[] X, decimal[] M) SimulateSpend(int customers, double p, double q, double gamma, int seed)
    {
        var random = new Random(seed);
        var x = new double[customers];
        var m = new decimal[customers];
        for (var i = 0; i < customers; i++)
        {
            var xi = 1 + (int)Math.Floor(-Math.Log(1d - random.NextDouble()) * 2.5);
            var nu = StandardGamma(random, q) / gamma;
            var mean = StandardGamma(random, p * xi) / (xi * nu);
            x[i] = xi;
            m[i] = Math.Max(0.01m, Math.Round((decimal)mean, 2));
        }

        return (x, m);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted for shape below 1.</summary>
    private static double StandardGamma(Random random, double shape)
    {
        if (shape < 1d)
        {
            return StandardGamma(random, shape + 1d) * Math.Pow(random.NextDouble(), 1d / shape);
        }

        var d = shape - (1d / 3d);
        var c = 1d / Math.Sqrt(9d * d);
        while (true)
        {
            double z, v;
            do
            {
                z = Math.Sqrt(-2d * Math.Log(1d - random.NextDouble())) * Math.Cos(2d * Math.PI * random.NextDouble());
                v = 1d + (c * z);
            }
            while (v <= 0d);

            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
