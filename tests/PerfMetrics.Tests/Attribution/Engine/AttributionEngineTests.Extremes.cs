using NodaTime;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Helpers.AttributionExtremes;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>
/// Extremes (issue 8, item 2): a path of 100,000 touches, 1,000 channels, and a row of 10,000,000 conversions. Every
/// model either conserves credit (conversions to 1e-9 relative, value exactly to the cent, no negative credit) and gives
/// the answer worked out in the comments, or throws its documented exception. Nothing may recurse deeply (no stack
/// overflow), hang, or overflow silently. Shared tables: <see cref="AttributionExtremes"/>.
/// </summary>
public partial class AttributionEngineTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_EveryRuleBasedModelOnA100000TouchPath_ConservesCredit()
    {
        // Conservation is the engine's invariant (SPEC §4); with 100,000 touches the weights are tiny and many.
        var table = LongPathTable();
        foreach (var model in RuleBased)
        {
            AssertConserves(AttributionEngine.Attribute(table, model), 2d, 100.01m);
        }
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_LinearOnA100000TouchPath_GivesEachOfTenChannelsATenth()
    {
        // Each of c0..c9 occurs 10,000 times in 100,000 touches: 0.1 conversion and 10.00 USD each from the long path.
        // The short path adds 1 conversion and 0.01 to c3.
        var result = AttributionEngine.Attribute(LongPathTable(), AttributionModels.Linear);
        foreach (var credit in result.Channels)
        {
            var isC3 = credit.Channel == Ten[3];
            Assert.Equal(isC3 ? 1.1 : 0.1, credit.Conversions, 1e-12);
            Assert.Equal(isC3 ? 10.01m : 10.00m, credit.Value.Amount);
        }
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_PositionBasedOnA100000TouchPath_MatchesTheHandCount()
    {
        // 40/20/40: first touch c0 and last touch (index 99,999) c9 get 0.4 each; the 99,998 middle touches share 0.2.
        // Middle counts: c0 at 10, 20, ..., 99,990 = 9,999; c9 at 9, ..., 99,989 = 9,999; c1..c8 10,000 each.
        // c0 = 0.4 + 0.2 x 9,999 / 99,998 = 0.41999899998...; c1 = 0.2 x 10,000 / 99,998 = 0.02000040000...
        // Value 100.00 x those: c0 41.999899... -> 42.00; c1..c8 2.000040... -> 2.00 (c3 + 0.01 = 2.01). Sum 100.01.
        var result = AttributionEngine.Attribute(LongPathTable(), AttributionModels.PositionBased());
        var end = 0.4 + (0.2 * 9_999 / 99_998);
        var middle = 0.2 * 10_000 / 99_998;
        var c0 = Assert.NotNull(result.Channels.Get(Ten[0]));
        var c9 = Assert.NotNull(result.Channels.Get(Ten[9]));
        var c1 = Assert.NotNull(result.Channels.Get(Ten[1]));
        var c3 = Assert.NotNull(result.Channels.Get(Ten[3]));
        Assert.Equal(end, c0.Conversions, 1e-12);
        Assert.Equal(end, c9.Conversions, 1e-12);
        Assert.Equal(middle, c1.Conversions, 1e-12);
        Assert.Equal(1 + middle, c3.Conversions, 1e-12);
        Assert.Equal(42.00m, c0.Value.Amount);
        Assert.Equal(42.00m, c9.Value.Amount);
        Assert.Equal(2.00m, c1.Value.Amount);
        Assert.Equal(2.01m, c3.Value.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_FirstAndLastTouchOnA100000TouchPath_CreditTheEnds()
    {
        // First touch: c0 gets the long path (1 conversion, 100.00). Last touch: c9 (index 99,999 mod 10 = 9).
        var first = AttributionEngine.Attribute(LongPathTable(), AttributionModels.FirstTouch);
        var last = AttributionEngine.Attribute(LongPathTable(), AttributionModels.LastTouch);
        var f0 = Assert.NotNull(first.Channels.Get(Ten[0]));
        var l9 = Assert.NotNull(last.Channels.Get(Ten[9]));
        Assert.Equal(1d, f0.Conversions);
        Assert.Equal(100.00m, f0.Value.Amount);
        Assert.Equal(1d, l9.Conversions);
        Assert.Equal(100.00m, l9.Value.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_SimplifiedShapleyOnA100000TouchPath_IsLinearTimeAndSplitsPerDistinctChannel()
    {
        // Regression: the model counted each touch's occurrences with a nested scan, 10^10 comparisons for this path
        // (97 s in a debug build). Each of the 10 distinct channels gets 1/10 of the long path (0.1 conversion, 10.00),
        // c3 also the short path: 1.1 and 10.01.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = AttributionEngine.Attribute(LongPathTable(), AttributionModels.SimplifiedShapley);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        foreach (var credit in result.Channels)
        {
            var isC3 = credit.Channel == Ten[3];
            Assert.Equal(isC3 ? 1.1 : 0.1, credit.Conversions, 1e-12);
            Assert.Equal(isC3 ? 10.01m : 10.00m, credit.Value.Amount);
        }
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_SimplifiedShapleyOnPathsJustAboveTheShortPathLimit_MatchesTheClosedForm()
    {
        // The long-path branch (more than 32 touches) must agree with the definition: a 40-touch path over 3 channels
        // with x, y, z occurring 20, 15 and 5 times gives each distinct channel 1/3 (the sum over its occurrences).
        var x = new Channel("x");
        var y = new Channel("y");
        var z = new Channel("z");
        var path = Enumerable.Repeat(x, 20).Concat(Enumerable.Repeat(y, 15)).Concat(Enumerable.Repeat(z, 5)).ToArray();
        var builder = new PathTableBuilder(Usd);
        builder.Add(path, 3d, new Money(3.00m, Usd), 0d);
        var result = AttributionEngine.Attribute(builder.ToPathTable(), AttributionModels.SimplifiedShapley);
        Assert.All(result.Channels, c =>
        {
            Assert.Equal(1d, c.Conversions, 1e-12);
            Assert.Equal(1.00m, c.Value.Amount);
        });
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_TimeDecayOnA100000TouchJourney_ConservesAndFavoursRecentTouches()
    {
        // Touches one minute apart, the last one at the conversion; half-life 7 days. The weights 2^(-age / 7 d) span
        // 2^0 .. 2^(-99,999 min / 10,080 min) = 2^-9.92, so every weight is positive and finite. Touch i is c(i mod 10),
        // so c9 (the most recent of each cycle) must get more than c0.
        var at = Instant.FromUtc(2026, 6, 1, 0, 0);
        var touches = Enumerable.Range(0, LongPath).Select(i => new Touchpoint(Ten[i % 10], at - Duration.FromMinutes(LongPath - 1 - i))).ToArray();
        var conversion = new Conversion(at, new Money(100.00m, Usd), touches);
        var result = AttributionEngine.Attribute([conversion], Usd, AttributionModels.TimeDecay());
        AssertConserves(result, 1d, 100.00m);
        var c0 = Assert.NotNull(result.Channels.Get(Ten[0]));
        var c9 = Assert.NotNull(result.Channels.Get(Ten[9]));
        Assert.True(c9.Conversions > c0.Conversions);

        // Brute-force oracle: sum the weights per channel directly.
        var weights = new double[10];
        for (var i = 0; i < LongPath; i++)
        {
            weights[i % 10] += Math.Pow(2d, -(LongPath - 1 - i) / (7d * 24 * 60));
        }

        Assert.Equal(weights[9] / weights.Sum(), c9.Conversions, 1e-9);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_EveryRuleBasedModelWith1000Channels_ConservesCredit()
    {
        var (table, conversions, value) = ManyChannelTable();
        Assert.Equal(ManyChannels, table.Channels.Count);
        foreach (var model in RuleBased)
        {
            var result = AttributionEngine.Attribute(table, model);
            Assert.Equal(ManyChannels, result.Channels.Count);
            AssertConserves(result, conversions, value);
        }
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_LinearWith1000Channels_MatchesAPerChannelHandCount()
    {
        // Linear: each touch of row i gets (i mod 3) / 3 conversions. Channel k is touched by rows k, k - 1 and k - 7
        // (mod 1,000), so its credit is ((k mod 3) + ((k - 1) mod 3) + ((k - 7) mod 3)) / 3, computed here row by row.
        var (table, _, _) = ManyChannelTable();
        var expected = new double[ManyChannels];
        for (var i = 0; i < ManyChannels; i++)
        {
            foreach (var k in new[] { i, (i + 1) % ManyChannels, (i + 7) % ManyChannels })
            {
                expected[k] += (i % 3) / 3d;
            }
        }

        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        for (var k = 0; k < ManyChannels; k++)
        {
            var credit = Assert.NotNull(result.Channels.Get(new Channel($"k{k:D3}")));
            Assert.Equal(expected[k], credit.Conversions, 1e-12);
        }
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_LinearWithTenMillionConversions_SplitsExactlyInThirds()
    {
        // Linear: a, b get 10,000,000 / 3 = 3,333,333.33... each, c that plus 1. Value: 1,234,500,000.00 / 3 =
        // 411,500,000.00 each (exact), plus 0.05 to c. Sum 1,234,500,000.05.
        var result = AttributionEngine.Attribute(TenMillionTable(), AttributionModels.Linear);
        AssertConserves(result, 10_000_001d, 1_234_500_000.05m);
        Assert.Equal([411_500_000.00m, 411_500_000.00m, 411_500_000.05m], result.Channels.Select(c => c.Value.Amount));
        Assert.Equal(10_000_000d / 3, result.Channels[0].Conversions, 1e-6);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_EveryModelWithTenMillionConversions_ConservesCredit()
    {
        var table = TenMillionTable();
        foreach (var model in RuleBased)
        {
            AssertConserves(AttributionEngine.Attribute(table, model), 10_000_001d, 1_234_500_000.05m);
        }

        AssertConserves(AttributionEngine.Attribute(table, MarkovModel.Fit(table)), 10_000_001d, 1_234_500_000.05m);
        AssertConserves(AttributionEngine.Attribute(table, MarkovModel.Fit(table, new MarkovOptions(2))), 10_000_001d, 1_234_500_000.05m);
        AssertConserves(AttributionEngine.Attribute(table, ShapleyModel.Fit(table)), 10_000_001d, 1_234_500_000.05m);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_CountsBeyond2To53_ConserveToTheRelativeTolerance()
    {
        // 2^60 conversions in a row (a double holds it exactly, but sums lose the last bits): conservation is relative.
        var builder = new PathTableBuilder(Usd);
        builder.Add([new Channel("a"), new Channel("b")], Math.Pow(2, 60), new Money(1_000_000_000_000m, Usd), 0d);
        builder.Add([new Channel("b")], 3d, new Money(0.03m, Usd), 0d);
        var table = builder.ToPathTable();
        foreach (var model in RuleBased)
        {
            AssertConserves(AttributionEngine.Attribute(table, model), table.TotalConversions, 1_000_000_000_000.03m);
        }

        AssertConserves(AttributionEngine.Attribute(table, MarkovModel.Fit(table)), table.TotalConversions, 1_000_000_000_000.03m);
        AssertConserves(AttributionEngine.Attribute(table, ShapleyModel.Fit(table)), table.TotalConversions, 1_000_000_000_000.03m);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_TotalValueOfMaxValueYen_ConservesItToTheYen()
    {
        // decimal.MaxValue yen is 2^96 - 1 minor units, the documented limit of the allocation: every model must still
        // hand out exactly that total. Linear: a gets half of row 1 (Max / 3 rounded down, halved) and b the rest.
        var table = HugeValueTable(Currency.Jpy, decimal.MaxValue);
        Assert.Equal(decimal.MaxValue, table.TotalValue.Amount);
        foreach (var model in RuleBased)
        {
            AssertConserves(AttributionEngine.Attribute(table, model), 3d, decimal.MaxValue);
        }

        AssertConserves(AttributionEngine.Attribute(table, MarkovModel.Fit(table)), 3d, decimal.MaxValue);
        AssertConserves(AttributionEngine.Attribute(table, MarkovModel.Fit(table, new MarkovOptions(1, valueMode: MarkovValueMode.ConversionShare))), 3d, decimal.MaxValue);
        AssertConserves(AttributionEngine.Attribute(table, ShapleyModel.Fit(table)), 3d, decimal.MaxValue);

        // First touch: a gets row 1 (26,409,387,504,754,779,197,847,983,445 yen = Max / 3), b the other two thirds.
        var first = AttributionEngine.Attribute(table, AttributionModels.FirstTouch);
        Assert.Equal(decimal.MaxValue / 3m, first.Channels[0].Value.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Attribute_TotalValueBeyond96BitsOfCents_ThrowsTheDocumentedOverflow()
    {
        // 10^27 USD is 10^29 cents, more than 2^96: the engine documents an OverflowException (it cannot allocate exact
        // cents), rather than rounding the total. The table itself holds the value (decimal has room for it).
        var table = HugeValueTable(Usd, 1_000_000_000_000_000_000_000_000_000m);
        Assert.Throws<OverflowException>(() => AttributionEngine.Attribute(table, AttributionModels.Linear));
        Assert.Throws<OverflowException>(() => AttributionEngine.Attribute(table, MarkovModel.Fit(table)));
        Assert.Throws<OverflowException>(() => AttributionEngine.Attribute(table, ShapleyModel.Fit(table)));
    }
}
