using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Helpers.AttributionExtremes;

namespace PerfMetrics.Tests.Attribution.Markov;

/// <summary>
/// Extremes (issue 8, item 2): a path of 100,000 touches, 1,000 channels, and a row of 10,000,000 conversions. Every
/// model either conserves credit (conversions to 1e-9 relative, value exactly to the cent, no negative credit) and gives
/// the answer worked out in the comments, or throws its documented exception. Nothing may recurse deeply (no stack
/// overflow), hang, or overflow silently. Shared tables: <see cref="AttributionExtremes"/>.
/// </summary>
public partial class MarkovModelTests
{
    [Trait("Category", "Extremes")]
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    public void MarkovFit_OnA100000TouchPath_ConservesCredit(int order, bool keepRepeats)
    {
        // The long path is a cycle through 10 channels; order-2 states are the 10 consecutive pairs. Solving must
        // neither recurse nor diverge, and the engine's invariants hold.
        var result = AttributionEngine.Attribute(LongPathTable(), MarkovModel.Fit(LongPathTable(), new MarkovOptions(order, keepRepeats)));
        AssertConserves(result, 2d, 100.01m);
    }

    [Trait("Category", "Extremes")]
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void MarkovFit_1000Channels_ConservesCredit(int order)
    {
        // 1,000 first-order states (about 2,000 of order 2): above the dense-solve limit, so 1,001 iterative solves (the
        // whole chain and one per removed channel). Every row has a null, so removal effects are below 1 and credit is spread.
        var (table, conversions, value) = ManyChannelTable();
        var model = MarkovModel.Fit(table, new MarkovOptions(order));
        Assert.Equal(ManyChannels, model.RemovalEffects.Count);
        Assert.All(model.RemovalEffects, re => Assert.InRange(re.Conversions!.Value, 0d, 1d));
        AssertConserves(AttributionEngine.Attribute(table, model), conversions, value);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void MarkovFit_TenMillionConversions_MatchesTheHandWorkedChain()
    {
        // First order, no repeats. A row's transitions count once per conversion and once per null (ChannelAttribution's
        // convention), so START->a 15,000,000, a->b 15,000,000, b->c 15,000,000, START->c 1; c->CONV 10,000,001,
        // c->NULL 5,000,000. P(conv) = P(c converts) = 10,000,001 / 15,000,001 (every path reaches c).
        // Without a: only START->c (1 / 15,000,001) reaches c, so P = P(c) / 15,000,001 and RE(a) = 1 - 1 / 15,000,001.
        // Same for b. Without c: nothing converts, RE(c) = 1.
        var model = MarkovModel.Fit(TenMillionTable());
        Assert.Equal(10_000_001d / 15_000_001d, model.ConversionProbability!.Value, 1e-12);
        Assert.Equal(1d - (1d / 15_000_001d), (model.RemovalEffects.Get(new Channel("a"))?.Conversions)!.Value, 1e-12);
        Assert.Equal(1d - (1d / 15_000_001d), (model.RemovalEffects.Get(new Channel("b"))?.Conversions)!.Value, 1e-12);
        Assert.Equal(1d, (model.RemovalEffects.Get(new Channel("c"))?.Conversions)!.Value, 1e-12);
    }
}
