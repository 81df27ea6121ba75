using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Json;

[JsonSerializable(typeof(HoldoutValidation))]
[JsonSerializable(typeof(RepeatTransactionTracking))]
internal sealed partial class ValidationJsonContext : JsonSerializerContext;

/// <summary>The JSON of the validation reports: bit-exact round trips under every naming policy, and checked reading.</summary>
public class ValidationJsonTests
{
    private static readonly BgNbd Published = new(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);
    private static readonly ModifiedBgNbd Mbg = new(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week);
    private static readonly LocalDate ObservationEnd = new(1998, 6, 30);

    private static readonly Lazy<HoldoutValidation> Report = new(() =>
        HoldoutValidation.Of(RfmSummary.Build(CdnowData.Transactions(), PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, ObservationEnd), [Published, Mbg]));

    private static readonly Lazy<RepeatTransactionTracking> Tracking = new(() =>
        RepeatTransactionTracking.Of(CdnowData.Transactions(), PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, ObservationEnd, [Published, Mbg]));

    private static JsonSerializerOptions Options(JsonNamingPolicy? policy) => new() { TypeInfoResolver = ValidationJsonContext.Default, PropertyNamingPolicy = policy };

    [Fact]
    public void Cdnow_RoundTripsBitExactly_UnderEveryNamingPolicy()
    {
        foreach (var policy in new[] { null, JsonNamingPolicy.SnakeCaseLower, JsonNamingPolicy.CamelCase })
        {
            var options = Options(policy);
            Assert.Equal(Report.Value, JsonSerializer.Deserialize<HoldoutValidation>(JsonSerializer.Serialize(Report.Value, options), options));
            Assert.Equal(Tracking.Value, JsonSerializer.Deserialize<RepeatTransactionTracking>(JsonSerializer.Serialize(Tracking.Value, options), options));
        }
    }

    [Fact]
    public void Fields_AreTheDocumentedOnes()
    {
        var report = JsonNode.Parse(JsonSerializer.Serialize(Report.Value, ValidationJsonContext.Default.HoldoutValidation))!.AsObject();
        Assert.Equal(["Models", "Customers", "ActualMeans", "ActualTotal", "PredictedMeans", "PredictedTotals", "ChiSquare"], report.Select(p => p.Key));
        Assert.Equal(8, report["PredictedMeans"]![1]!.AsArray().Count);

        var tracking = JsonNode.Parse(JsonSerializer.Serialize(Tracking.Value, ValidationJsonContext.Default.RepeatTransactionTracking))!.AsObject();
        Assert.Equal(
            ["Unit", "Merging", "Start", "CalibrationEnd", "ObservationEnd", "Customers", "CustomersFirstSeenInHoldout", "Models", "Actual", "Expected", "ActualCalibrationTotal", "ActualHoldoutTotal"],
            tracking.Select(p => p.Key));
        Assert.Equal("1997-01-01", tracking["Start"]!.GetValue<string>());
        Assert.Equal("SameDay", tracking["Merging"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Actual", "[1, 2]", "one value per period")]
    [InlineData("Start", "\"1997-13-01\"", "must be an ISO date")]
    [InlineData("ActualHoldoutTotal", "1", "ActualCalibrationTotal + ActualHoldoutTotal")]
    [InlineData("Models", "[]", "one Expected series per model")]
    public void Tracking_InconsistentParts_AreRefused(string field, string value, string message)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(Tracking.Value, ValidationJsonContext.Default.RepeatTransactionTracking))!.AsObject();
        node[field] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(node.ToJsonString(), ValidationJsonContext.Default.RepeatTransactionTracking));
        Assert.Contains(message, error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Customers", "[1, 2, 3]", "8 classes")]
    [InlineData("ChiSquare", "[1]", "one entry per model")]
    [InlineData("ActualMeans", "[null, 1, 1, 1, 1, 1, 1, 1]", "must be null exactly where the class has no customers")]
    public void Report_InconsistentParts_AreRefused(string field, string value, string message)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(Report.Value, ValidationJsonContext.Default.HoldoutValidation))!.AsObject();
        node[field] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(node.ToJsonString(), ValidationJsonContext.Default.HoldoutValidation));
        Assert.Contains(message, error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }
}
