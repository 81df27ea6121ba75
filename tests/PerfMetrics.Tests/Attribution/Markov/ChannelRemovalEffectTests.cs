using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Markov;

public class ChannelRemovalEffectTests
{
    private static PathTable Table(params (string Path, double Conversions, decimal Value, double Nulls)[] rows)
    {
        var builder = new PathTableBuilder(Currency.Usd);
        foreach (var (path, conversions, value, nulls) in rows)
        {
            builder.Add(path.Split('>').Select(p => new Channel(p)), conversions, new Money(value, Currency.Usd), nulls);
        }

        return builder.ToPathTable();
    }

    [Fact]
    public void RemovalEffects_GoogleFixture_AreOneRecordPerChannel()
    {
        // Hand-worked in MarkovModelTests: RE(google ads) = 0.75, RE(mailing) = 0.5, value removal effects 2/3 each.
        var model = MarkovModel.Fit(Table(("google ads", 2, 20m, 0), ("mailing", 1, 30m, 0), ("google ads>mailing", 1, 10m, 0), ("google ads", 0, 0m, 1)));
        var google = Assert.NotNull(model.RemovalEffects.Get("google ads"));
        var mailing = Assert.NotNull(model.RemovalEffects.Get("mailing"));
        Assert.Equal(0.75, google.Conversions!.Value, 1e-12);
        Assert.Equal(0.5, mailing.Conversions!.Value, 1e-12);
        Assert.Equal(2d / 3d, google.Value!.Value, 1e-12);
        Assert.Equal(2d / 3d, mailing.Value!.Value, 1e-12);
        Assert.Equal([google, mailing], model.RemovalEffects);
    }

    [Fact]
    public void RemovalEffects_NoValue_HaveConversionEffectsButNoValueEffects()
    {
        var model = MarkovModel.Fit(Table(("a>b", 1, 0m, 1), ("b", 1, 0m, 0)));
        Assert.All(model.RemovalEffects, re => Assert.NotNull(re.Conversions));
        Assert.All(model.RemovalEffects, re => Assert.Null(re.Value));
    }

    [Fact]
    public void Equality_FollowsTheContract()
    {
        var table = Table(("a>b", 1, 5m, 1), ("b", 2, 3m, 0));
        var effect = MarkovModel.Fit(table).RemovalEffects[0];
        var again = MarkovModel.Fit(table).RemovalEffects[0];
        ContractAssert.Equality(effect, again, MarkovModel.Fit(table).RemovalEffects[1]);
        ContractAssert.Equality(effect, again, MarkovModel.Fit(Table(("a>b", 1, 5m, 3), ("b", 2, 3m, 0))).RemovalEffects[0]);
        Assert.Equal(default(ChannelRemovalEffect), default);
        Assert.Null(default(ChannelRemovalEffect).Conversions);
        Assert.True(default(ChannelRemovalEffect).Channel.IsDefault);
    }
}
