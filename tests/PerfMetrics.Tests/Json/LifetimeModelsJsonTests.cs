using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Json;

[JsonSerializable(typeof(ParetoNbd))]
[JsonSerializable(typeof(ModelFit<ParetoNbd>))]
[JsonSerializable(typeof(ModifiedBgNbd))]
[JsonSerializable(typeof(ModelFit<ModifiedBgNbd>))]
[JsonSerializable(typeof(BgBb))]
[JsonSerializable(typeof(ModelFit<BgBb>))]
[JsonSerializable(typeof(BetaDiscreteWeibull))]
[JsonSerializable(typeof(ModelFit<BetaDiscreteWeibull>))]
[JsonSerializable(typeof(OpportunityRfm))]
[JsonSerializable(typeof(ModelFit<BgNbd>))]
internal sealed partial class LifetimeModelsJsonContext : JsonSerializerContext;

/// <summary>The JSON of the issue-20 models and fits: bit-exact round trips, covariances and diagnostics included, and checked reading.</summary>
public class LifetimeModelsJsonTests
{
    private static T RoundTrip<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(value, info), info)!;

    [Fact]
    public void Fits_RoundTripBitExactly_WithCovarianceAndDiagnostics()
    {
        var ctx = LifetimeModelsJsonContext.Default;
        var bgBb = BgBb.Fit(DonationsData.Rows, PeriodUnit.Year);
        var bdw = BetaDiscreteWeibull.Fit([1000L, 631, 468, 382, 326, 289, 262, 241], PeriodUnit.Year);
        var three = BgNbd.Fit(RfmRows.Of([2d, 1d, 0d], [30.43, 1.71, 0d], [38.86, 38.86, 38.86], PeriodUnit.Week));
        var rows = PerfMetrics.Tests.Lifetime.ParetoNbdTests.CdnowRows().Take(400).ToArray();
        var pareto = ParetoNbd.Fit(rows);
        var mbg = ModifiedBgNbd.Fit(rows);

        Assert.Equal(bgBb, RoundTrip(bgBb, ctx.ModelFitBgBb));
        Assert.Equal(bdw, RoundTrip(bdw, ctx.ModelFitBetaDiscreteWeibull));
        Assert.Equal(pareto, RoundTrip(pareto, ctx.ModelFitParetoNbd));
        Assert.Equal(mbg, RoundTrip(mbg, ctx.ModelFitModifiedBgNbd));
        var back = RoundTrip(three, ctx.ModelFitBgNbd);
        Assert.Equal(three, back);
        Assert.NotEmpty(back.Diagnostics);
        Assert.Equal(bgBb.Covariance("alpha", "delta"), RoundTrip(bgBb, ctx.ModelFitBgBb).Covariance("alpha", "delta"));
    }

    [Fact]
    public void Rows_RoundTrip_AndBadRowsAreRefused()
    {
        var ctx = LifetimeModelsJsonContext.Default;
        var row = new OpportunityRfm(3, 4, 6, 214);

        Assert.Equal(row, RoundTrip(row, ctx.OpportunityRfm));
        Assert.Equal("""{"Frequency":3,"Recency":4,"Opportunities":6,"Count":214}""", JsonSerializer.Serialize(row, ctx.OpportunityRfm));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Frequency":3,"Recency":2,"Opportunities":6,"Count":1}""", ctx.OpportunityRfm));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"R":0,"Alpha":1,"S":1,"Beta":1,"Unit":"P1W"}""", ctx.ParetoNbd));
    }

    [Fact]
    public void Models_RoundTripBitExactly()
    {
        var ctx = LifetimeModelsJsonContext.Default;
        var pareto = new ParetoNbd(0.5532770589665782, 10.577683636883798, 0.6062399510088805, 11.668733913986681, PeriodUnit.Week);

        Assert.Equal(pareto, RoundTrip(pareto, ctx.ParetoNbd));
        Assert.Equal(new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week), RoundTrip(new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week), ctx.ModifiedBgNbd));
        Assert.Equal(new BgBb(1.204, 0.75, 0.657, 2.783, PeriodUnit.Year), RoundTrip(new BgBb(1.204, 0.75, 0.657, 2.783, PeriodUnit.Year), ctx.BgBb));
        Assert.Equal(new BetaDiscreteWeibull(0.7, 1.2, 0.9, PeriodUnit.Year), RoundTrip(new BetaDiscreteWeibull(0.7, 1.2, 0.9, PeriodUnit.Year), ctx.BetaDiscreteWeibull));
    }
}
