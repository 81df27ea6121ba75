using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CtrTests
{
    [Fact]
    public void Of_700ClicksOn20000Impressions_Is3Point5Percent()
    {
        // 700 / 20,000 = 0.035 (20,000 x 0.035 = 700).
        Assert.Equal(0.035m, Ctr.Of(700, 20_000));
    }

    [Fact]
    public void Of_NoImpressions_IsNull() => Assert.Null(Ctr.Of(0, 0));

    [Fact]
    public void Of_ArgumentsSwapped_ThrowsNamingBothCounts()
    {
        // Issue 15: 700 clicks on 20,000 impressions passed in the wrong order returned 20,000 / 700 = 28.57 before 0.2.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ctr.Of(20_000, 700));
        Assert.Equal("clicks", ex.ParamName);
        Assert.StartsWith(
            "clicks must be at most impressions (every click is on a served impression; were the arguments swapped? The order is Ctr.Of(clicks, impressions)), was clicks = 20000 and impressions = 700.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MoreClicksThanImpressions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("clicks", () => Ctr.Of(2, 1));

    [Fact]
    public void Of_EveryImpressionClicked_IsOne() => Assert.Equal(1m, Ctr.Of(5, 5));

    [Fact]
    public void Of_ClicksWithoutImpressions_IsUndefined() =>
        // Zero impressions leave the rate undefined (SPEC §3's null for a zero denominator), whatever the clicks.
        Assert.Null(Ctr.Of(7, 0));

    [Fact]
    public void Of_NegativeClicks_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ctr.Of(-1, 10));
        Assert.Equal("clicks", ex.ParamName);
        Assert.StartsWith("clicks must be non-negative, was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeImpressions_Throws() => Assert.Throws<ArgumentOutOfRangeException>("impressions", () => Ctr.Of(1, -10));

    [Fact]
    public void Of_Delivery_UsesClicksAndImpressions()
    {
        Assert.Equal(0.035m, Ctr.Of(new Delivery(impressions: 20_000, clicks: 700)));
        Assert.Null(Ctr.Of(default(Delivery)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CtrIsNullExactlyWhenThereAreNoImpressions(Count clicks, Count impressions)
    {
        var possible = impressions.Value == 0 || clicks.Value <= impressions.Value;
        if (!possible)
        {
            return Record.Exception(() => Ctr.Of(clicks.Value, impressions.Value)) is ArgumentOutOfRangeException { ParamName: "clicks" };
        }

        return Ctr.Of(clicks.Value, impressions.Value) is var ctr
            && ctr.HasValue == (impressions.Value != 0)
            && (ctr is null || (ctr >= 0m && ctr <= 1m));
    }
}
