using System.Globalization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>Checks the reader and the engine against credits computed outside PerfMetrics (see Data/Attribution/SOURCES.md).</summary>
public partial class AttributionEngineTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Attribution", name);

    [Theory]
    [InlineData("first")]
    [InlineData("last")]
    [InlineData("linear")]
    public void Attribute_GeneratedTable_MatchesAnIndependentExactComputation(string modelName)
    {
        using var reader = new StreamReader(DataFile("paths-200.csv"));
        var table = PathTable.ReadCsv(reader, Currency.Usd);
        Assert.Equal(200, table.Count);
        Assert.Equal(152d, table.TotalConversions);
        Assert.Equal(new Money(8568.80m, Currency.Usd), table.TotalValue);

        var model = modelName switch
        {
            "first" => AttributionModels.FirstTouch,
            "last" => AttributionModels.LastTouch,
            _ => AttributionModels.Linear,
        };
        var result = AttributionEngine.Attribute(table, model);
        var expected = File.ReadLines(DataFile("paths-200.expected.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == modelName)
            .ToList();
        Assert.NotEmpty(expected);
        foreach (var fields in expected)
        {
            var credit = Assert.NotNull(result.Channels.Get(fields[1]));
            Assert.Equal(double.Parse(fields[2], CultureInfo.InvariantCulture), credit.Conversions, 1e-9);
            Assert.True(
                Math.Abs(credit.Value.Amount - decimal.Parse(fields[3], CultureInfo.InvariantCulture)) <= 0.01m,
                $"{modelName} {fields[1]}: {credit.Value} vs {fields[3]}");
        }

        // Channels without expected credit earned nothing.
        foreach (var credit in result.Channels.Where(c => !expected.Any(f => f[1] == c.Channel.Name)))
        {
            Assert.Equal(0d, credit.Conversions);
            Assert.Equal(Money.Zero(Currency.Usd), credit.Value);
        }
    }
}
