using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

public partial class AttributionEngineTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 15, 12, 0);

    private static PathTable Table(params (string Path, double Conversions, decimal Value)[] rows)
    {
        var builder = new PathTableBuilder(Usd);
        foreach (var (path, conversions, value) in rows)
        {
            builder.Add(path.Split('>').Select(n => new Channel(n)), conversions, new Money(value, Usd), 0);
        }

        return builder.ToPathTable();
    }

    private sealed class FixedWeights(string name, params double[] weights) : IAttributionModel
    {
        public string Name => name;

        public void Weigh(AttributionPath path, Span<double> output) => weights.AsSpan(0, output.Length).CopyTo(output);
    }

    /// <summary>Weights 1, 2, 3, ... by position, reading channels through the public path view.</summary>
    private sealed class Ramp : IAttributionModel
    {
        public string Name => "ramp";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            Assert.False(path.HasTimestamps);
            for (var i = 0; i < path.Length; i++)
            {
                Assert.False(path[i].IsDefault);
                weights[i] = i + 1;
            }
        }
    }

    [Fact]
    public void Attribute_CustomModel_WeightsAreNormalisedPerPath()
    {
        // a > b > c with weights 1, 2, 3 (sum 6): 6 conversions -> 1, 2, 3; 12.00 USD -> 2.00, 4.00, 6.00.
        var result = AttributionEngine.Attribute(Table(("a>b>c", 6, 12m)), new Ramp());
        Assert.Equal([1d, 2d, 3d], result.Channels.Select(c => c.Conversions));
        Assert.Equal([new Money(2m, Usd), new Money(4m, Usd), new Money(6m, Usd)], result.Channels.Select(c => c.Value));
        Assert.Equal("ramp", result.ModelName);
    }

    [Fact]
    public void Attribute_NegativeWeight_ThrowsNamingModelPathAndWeight()
    {
        var error = Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute(Table(("a>b", 1, 1m)), new FixedWeights("bad", 1, -0.5)));
        Assert.Equal("model \"bad\" must return finite non-negative weights, returned -0.5 for touch 1 (b) of the path \"a > b\". (Parameter 'model')", error.Message);
        Assert.Equal("model", error.ParamName);
    }

    [Fact]
    public void Attribute_NaNOrInfiniteWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute(Table(("a>b", 1, 1m)), new FixedWeights("nan", double.NaN, 1)));
        Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute(Table(("a>b", 1, 1m)), new FixedWeights("inf", double.PositiveInfinity, 1)));
    }

    [Fact]
    public void Attribute_AllZeroWeights_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute(Table(("a>b", 1, 1m)), new FixedWeights("zero", 0, 0)));
        Assert.Equal("model \"zero\" must give at least one touch a positive weight and weights must sum to a finite number, summed to 0 for the path \"a > b\". (Parameter 'model')", error.Message);
    }

    [Fact]
    public void Attribute_PathsWithOnlyNulls_AreNotShownToTheModel()
    {
        // The only path has no conversions and no value: the zero-weight model is never asked, nothing is credited.
        var builder = new PathTableBuilder(Usd).Add([new Channel("a")], 0, default, 4);
        var result = AttributionEngine.Attribute(builder.ToPathTable(), new FixedWeights("zero", 0));
        Assert.Equal(0d, result.TotalConversions);
        Assert.Equal(Money.Zero(Usd), result.TotalValue);
        Assert.Null(result.Channels.Single().Share);
        Assert.Equal(Money.Zero(Usd), result.Channels.Single().Value);
    }

    [Fact]
    public void Attribute_ValueWithoutConversions_IsStillAllocated()
    {
        // A row with value 3.00 but 0 conversions (possible in files from other tools): last touch b earns the 3.00.
        var result = AttributionEngine.Attribute(Table(("a>b", 0, 3m), ("a", 1, 0m)), AttributionModels.LastTouch);
        var b = Assert.NotNull(result.Channels.Get(new Channel("b")));
        Assert.Equal(new Money(3m, Usd), b.Value);
        Assert.Equal(0d, b.Conversions);
        Assert.Equal(0d, b.Share);
    }

    [Fact]
    public void Attribute_ValuesWithSubCentDigits_AllocateTheRoundedTotal()
    {
        // 0.005 + 0.005 + 0.005 = 0.015 -> rounds (to even) to 0.02; first touch: a 0.010 exact, b 0.005 exact.
        // Largest remainder of 2 cents over ratios 2:1 -> floors 1.33 -> 1, 0.66 -> 0; leftover 1 cent to b (0.66 > 0.33).
        var result = AttributionEngine.Attribute(Table(("a", 1, 0.005m), ("a>b", 1, 0.005m), ("b>a", 1, 0.005m)), AttributionModels.FirstTouch);
        Assert.Equal(new Money(0.02m, Usd), result.TotalValue);
        Assert.Equal([new Money(0.01m, Usd), new Money(0.01m, Usd)], result.Channels.Select(c => c.Value));
    }

    [Fact]
    public void Attribute_Journeys_SeeTimestamps()
    {
        var seen = new List<(Instant, Instant)>();
        var conversion = new Conversion(T0, new Money(2m, Usd), new Touchpoint(new Channel("a"), T0 - Duration.FromHours(5)));
        var model = new Spy(seen);
        AttributionEngine.Attribute([conversion], Usd, model);
        Assert.Equal([(T0 - Duration.FromHours(5), T0)], seen);
    }

    private sealed class Spy(List<(Instant, Instant)> seen) : IAttributionModel
    {
        public string Name => "spy";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            seen.Add((path.TouchedAt(0), path.ConvertedAt));
            weights.Fill(1);
        }
    }

    [Fact]
    public void Attribute_JourneyWithoutTouchpoints_Throws()
    {
        var bare = new Conversion(T0, new Money(2m, Usd));
        var error = Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute([bare], Usd, AttributionModels.Linear));
        Assert.StartsWith("conversions[0] must have at least one touchpoint (a conversion with no channel cannot be attributed)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_JourneyInAnotherCurrency_Throws()
    {
        var conversion = new Conversion(T0, new Money(2m, Currency.Eur), new Touchpoint(new Channel("a"), T0));
        Assert.Throws<CurrencyMismatchException>(() => AttributionEngine.Attribute([conversion], Usd, AttributionModels.Linear));
    }

    [Fact]
    public void Attribute_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AttributionEngine.Attribute((PathTable)null!, AttributionModels.Linear));
        Assert.Throws<ArgumentNullException>(() => AttributionEngine.Attribute(Table(("a", 1, 1m)), null!));
        Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute([], default, AttributionModels.Linear));
    }

    [Fact]
    public void Attribute_EmptyTable_GivesAnEmptyResult()
    {
        var result = AttributionEngine.Attribute(new PathTableBuilder(Usd).ToPathTable(), AttributionModels.Linear);
        Assert.Empty(result.Channels);
        Assert.Equal(Money.Zero(Usd), result.TotalValue);
    }

    [Fact]
    public void ToString_RendersAnAlignedTable()
    {
        var result = AttributionEngine.Attribute(Table(("email>search", 3, 100m), ("search", 1, 20m)), AttributionModels.Linear);
        Assert.Equal(
            """
            linear
            channel  conversions   share       value
            -------  -----------  ------  ----------
            email           1.50   37.5%   50.00 USD
            search          2.50   62.5%   70.00 USD
            total           4.00  100.0%  120.00 USD

            """.ReplaceLineEndings("\n"),
            result.ToString());
    }

    [Fact]
    public void ToMarkdown_RendersAPipeTableWithTheTotal()
    {
        var result = AttributionEngine.Attribute(Table(("email>search", 3, 100m), ("search", 1, 20m)), AttributionModels.Linear);
        Assert.Equal(
            """
            | channel | conversions | share | value |
            | --- | ---: | ---: | ---: |
            | email | 1.50 | 37.5% | 50.00 USD |
            | search | 2.50 | 62.5% | 70.00 USD |
            | total | 4.00 | 100.0% | 120.00 USD |

            """.ReplaceLineEndings("\n"),
            result.ToMarkdown());
    }

    [Fact]
    public void Compare_SeveralModels_RendersSideBySide()
    {
        var comparison = AttributionEngine.Compare(
            Table(("email>search", 3, 100m), ("search", 1, 20m)),
            [AttributionModels.FirstTouch, AttributionModels.LastTouch]);
        Assert.Equal(
            """
            channel  first touch  first touch value  last touch  last touch value
            -------  -----------  -----------------  ----------  ----------------
            email           3.00         100.00 USD        0.00          0.00 USD
            search          1.00          20.00 USD        4.00        120.00 USD
            total           4.00         120.00 USD        4.00        120.00 USD

            """.ReplaceLineEndings("\n"),
            comparison.ToString());
        Assert.Equal(
            """
            | channel | first touch | first touch value | last touch | last touch value |
            | --- | ---: | ---: | ---: | ---: |
            | email | 3.00 | 100.00 USD | 0.00 | 0.00 USD |
            | search | 1.00 | 20.00 USD | 4.00 | 120.00 USD |
            | total | 4.00 | 120.00 USD | 4.00 | 120.00 USD |

            """.ReplaceLineEndings("\n"),
            comparison.ToMarkdown());
    }

    [Fact]
    public void ModelComparison_EmptyOrMixedCurrencies_Throws()
    {
        Assert.Throws<ArgumentException>(() => ModelComparison.Of([]));
        var usd = AttributionEngine.Attribute(Table(("a", 1, 1m)), AttributionModels.Linear);
        var eur = AttributionEngine.Attribute(new PathTableBuilder(Currency.Eur).Add([new Channel("a")], 1, default, 0).ToPathTable(), AttributionModels.Linear);
        Assert.Throws<CurrencyMismatchException>(() => ModelComparison.Of([usd, eur]));
    }
}
