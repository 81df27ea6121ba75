using PerfMetrics.Tests.Json;

namespace PerfMetrics.Tests.BadInput;

/// <summary>
/// Runs the JSON reading and writing rows (<see cref="JsonBadInputs.ReadingRows"/>) as the bad-input matrix runs its rows:
/// the exact exception type, the parameter name, and a message naming the rule. The converters behind them are internal
/// (the public door is <c>PerfMetricsJsonConverterFactory</c>, whose own rows are in the matrix).
/// </summary>
public class JsonBadInputTests
{
    private static readonly IReadOnlyDictionary<string, BadInputRow> ByKey = JsonBadInputs.ReadingRows().ToDictionary(r => r.Key, StringComparer.Ordinal);

    public static TheoryData<string> RowKeys() => [.. ByKey.Keys];

    [Theory]
    [MemberData(nameof(RowKeys))]
    public void BadJson_ThrowsExactTypeWithParamNameAndRule(string key)
    {
        var row = ByKey[key];
        var ex = Assert.Throws(row.Expected, row.Act);
        Assert.Equal(row.ParamName, (ex as ArgumentException)?.ParamName);
        Assert.Contains(row.Rule, ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
