using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Helpers.AttributionExtremes;

namespace PerfMetrics.Tests.Attribution.Shapley;

/// <summary>
/// Extremes (issue 8, item 2): a path of 100,000 touches, 1,000 channels, and a row of 10,000,000 conversions. Every
/// model either conserves credit (conversions to 1e-9 relative, value exactly to the cent, no negative credit) and gives
/// the answer worked out in the comments, or throws its documented exception. Nothing may recurse deeply (no stack
/// overflow), hang, or overflow silently. Shared tables: <see cref="AttributionExtremes"/>.
/// </summary>
public partial class ShapleyModelTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void ShapleyFit_OnA100000TouchPath_ConservesCredit()
    {
        // Ten distinct channels: 2^10 coalitions, well inside the exact limit of 20.
        AssertConserves(AttributionEngine.Attribute(LongPathTable(), ShapleyModel.Fit(LongPathTable())), 2d, 100.01m);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ShapleyFit_1000Channels_RefusesNamingTheLimitAndTheAlternative()
    {
        // SPEC §4: more than 20 channels -> ArgumentException naming the limit and suggesting the simplified form.
        // It must refuse before allocating 2^1000 coalitions (the test would otherwise run out of memory or hang).
        var (table, _, _) = ManyChannelTable();
        var ex = Assert.Throws<ArgumentException>(() => ShapleyModel.Fit(table));
        Assert.Equal("table", ex.ParamName);
        Assert.Contains("at most 20 channels", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was 1000 channels", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SimplifiedShapley", ex.Message, StringComparison.Ordinal);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ShapleyFit_21Channels_RefusesAnd20_Works()
    {
        // The boundary of the documented limit: 20 channels fit (2^20 coalitions), 21 do not.
        PathTable Table(int n)
        {
            var builder = new PathTableBuilder(Usd);
            for (var i = 0; i < n; i++)
            {
                builder.Add([new Channel($"s{i:D2}")], 1d, new Money(1m, Usd), 1d);
            }

            return builder.ToPathTable();
        }

        Assert.Contains("was 21 channels", Assert.Throws<ArgumentException>(() => ShapleyModel.Fit(Table(21))).Message, StringComparison.Ordinal);
        AssertConserves(AttributionEngine.Attribute(Table(ShapleyModel.MaxChannels), ShapleyModel.Fit(Table(ShapleyModel.MaxChannels))), 20d, 20m);
    }
}
