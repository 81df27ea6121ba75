using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

public partial class AttributionEngineTests
{
    [Fact]
    public void ToCsv_OneLinePerChannelAndTheTotal()
    {
        // Linear: email > search (3 conversions, 100.00) gives each 1.5 and 50.00; search alone (1, 20.00) adds 1 and 20.00.
        // Shares of 4 conversions: 1.5 / 4 = 0.375, 2.5 / 4 = 0.625.
        var result = AttributionEngine.Attribute(Table(("email>search", 3, 100m), ("search", 1, 20m)), AttributionModels.Linear);
        Assert.Equal(
            "channel,conversions,share,value,currency\nemail,1.5,0.375,50.00,USD\nsearch,2.5,0.625,70.00,USD\ntotal,4,1,120.00,USD\n",
            result.ToCsv());
    }
}
