using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Shapley;

public class ChannelShapleyValueTests
{
    [Fact]
    public void Values_HandWorkedGame_AreOneRecordPerChannel()
    {
        // {a} 1 conversion; {a, b} 1 null: phi(a) = 3/4, phi(b) = -1/4 (worked in ShapleyModelTests).
        var table = new PathTableBuilder(Currency.Usd)
            .Add([new Channel("a")], 1, new Money(5m, Currency.Usd), 0)
            .Add([new Channel("a"), new Channel("b")], 0, default, 1)
            .ToPathTable();
        var model = ShapleyModel.Fit(table);
        Assert.Equal(0.75, model.Values.Get("a")!.Value.Value, 1e-15);
        Assert.Equal(-0.25, model.Values.Get(new Channel("b"))!.Value.Value, 1e-15);
        Assert.Equal(["a", "b"], model.Values.Select(v => v.Channel.Name));

        ContractAssert.Equality(model.Values[0], ShapleyModel.Fit(table).Values[0], model.Values[1]);
        Assert.Equal(0d, default(ChannelShapleyValue).Value);
        Assert.True(default(ChannelShapleyValue).Channel.IsDefault);
    }
}
