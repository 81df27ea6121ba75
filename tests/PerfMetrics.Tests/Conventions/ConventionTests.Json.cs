using System.Reflection;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void Json_HasOnePublicDoor_TheFactoryAppliedByAttribute()
    {
        // STYLE rule 45: converters are internal; the only public JSON type is the factory, which every stored type
        // names in its [JsonConverter] (so it works with no options and in source-generated contexts), and which converts it.
        var json = PublicTypes.Where(t => t.Namespace == "PerfMetrics.Json").ToArray();
        Assert.Equal([typeof(PerfMetrics.Json.PerfMetricsJsonConverterFactory)], json);
        Assert.DoesNotContain(PublicTypes, t => typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) && t != json[0]);
        var factory = new PerfMetrics.Json.PerfMetricsJsonConverterFactory();
        foreach (var type in PublicTypes)
        {
            var applied = type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>();
            if (applied is not null)
            {
                Assert.True(applied.ConverterType == json[0], $"{type.Name} must carry [JsonConverter(typeof(PerfMetricsJsonConverterFactory))].");
                if (type.IsGenericTypeDefinition)
                {
                    // ModelFit<TModel>: the factory converts the fits of the library's models.
                    Assert.Equal(typeof(PerfMetrics.Lifetime.ModelFit<>), type);
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.BgNbd>)));
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.GammaGamma>)));
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.ShiftedBetaGeometric>)));
                }
                else
                {
                    Assert.True(factory.CanConvert(type), $"the factory must convert {type.Name}.");
                }
            }
        }
    }

    [Fact]
    public void Json_NothingPublicExistsOnlyForSerialization()
    {
        // The stored forms are rebuilt through internal members (MarkovCounts.FromStored, ShapleyModel.FromStored).
        var offenders = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.Contains("Stored", StringComparison.Ordinal) || m.Name.Contains("Json", StringComparison.Ordinal))
            .Where(m => m.DeclaringType != typeof(PerfMetrics.Json.PerfMetricsJsonConverterFactory))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.Empty(offenders);
    }
}
