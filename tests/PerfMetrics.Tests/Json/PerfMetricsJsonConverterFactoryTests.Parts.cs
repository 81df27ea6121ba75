using System.Text.Json;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Json;

/// <summary>
/// The parts of fitted models that a caller may store on their own (a list of parameter estimates, removal effects,
/// Shapley values, states, transitions): each reads back equal, and a part that breaks its type's rules is refused.
/// Before 0.2 closed, they had no converter and read back as default values without an error.
/// </summary>
public partial class PerfMetricsJsonConverterFactoryTests
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    private static PathTable PartsTable() =>
        PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\nsocial,1,38.00,6\n"), Currency.Usd);

    private static void AssertRoundTrip<T>(IReadOnlyList<T> parts)
    {
        Assert.NotEmpty(parts);
        var json = JsonSerializer.Serialize(parts, WebOptions);
        Assert.Equal(parts, JsonSerializer.Deserialize<List<T>>(json, WebOptions)!);
    }

    [Fact]
    public void ModelParts_RoundTrip_AsTheCallerStoresThem()
    {
        var markov = MarkovModel.Fit(PartsTable(), new MarkovOptions(2));
        AssertRoundTrip([.. markov.RemovalEffects]);
        AssertRoundTrip(markov.States);
        AssertRoundTrip(markov.Transitions);
        AssertRoundTrip([.. ShapleyModel.Fit(PartsTable()).Values]);
        var fit = ShiftedBetaGeometric.Fit([1000L, 869, 743, 653, 593, 551, 517, 491], PeriodUnit.Year);
        AssertRoundTrip(fit.Parameters);
    }

    [Fact]
    public void ParameterEstimate_IsWrittenByName_AndAStateThatBreaksItsKindIsRefused()
    {
        const string Alpha = """{"name":"alpha","value":0.668,"standardError":null}""";
        var estimate = JsonSerializer.Deserialize<ParameterEstimate>(Alpha, WebOptions);
        Assert.Equal(("alpha", 0.668, (double?)null), (estimate.Name, estimate.Value, estimate.StandardError));
        Assert.Equal(Alpha, JsonSerializer.Serialize(estimate, WebOptions));

        Assert.Equal(MarkovStateKind.Start, JsonSerializer.Deserialize<MarkovState>("""{"kind":"Start","channels":[]}""", WebOptions).Kind);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MarkovState>("""{"kind":"Start","channels":["email"]}""", WebOptions));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MarkovState>("""{"kind":"Channels","channels":[]}""", WebOptions));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChannelRemovalEffect>("""{"channel":null,"conversions":0.5,"value":0.5}""", WebOptions));
    }
}
