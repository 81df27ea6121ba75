using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>Readable comparisons (issue 17 item 5): chosen columns, relabelled models, shares, a width limit, CSV.</summary>
public partial class ModelComparisonTests
{
    private static ModelComparison TwoChannels() =>
        AttributionEngine.Compare(
            new PathTableBuilder(Currency.Usd)
                .Add([new Channel("email"), new Channel("search")], 1, new Money(20m, Currency.Usd), 0)
                .Add([new Channel("email")], 3, new Money(1_200m, Currency.Usd), 0)
                .ToPathTable(),
            [AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.Linear]);

    [Fact]
    public void DefaultLayout_IsToString()
    {
        var comparison = TwoChannels();
        Assert.Equal(comparison.ToString(), comparison.ToString(ComparisonLayout.Default));
    }

    [Fact]
    public void Layout_SharesAndLabels()
    {
        // First touch: email 4 of 4 conversions (100.0%); last touch: email 3, search 1 (75.0%, 25.0%);
        // values grouped: 1,220.00 USD.
        var layout = new ComparisonLayout(shares: true, labels: new Dictionary<string, string> { ["first touch"] = "first" });
        Assert.Equal(
            """
            channel  first  first %   first value  last touch  last touch %  last touch value  linear  linear %  linear value
            -------  -----  -------  ------------  ----------  ------------  ----------------  ------  --------  ------------
            email     4.00   100.0%  1,220.00 USD        3.00         75.0%      1,200.00 USD    3.50     87.5%  1,210.00 USD
            search    0.00     0.0%      0.00 USD        1.00         25.0%         20.00 USD    0.50     12.5%     10.00 USD
            total     4.00   100.0%  1,220.00 USD        4.00        100.0%      1,220.00 USD    4.00    100.0%  1,220.00 USD

            """.ReplaceLineEndings("\n"),
            TwoChannels().ToString(layout));
    }

    [Fact]
    public void Layout_MaxWidth_StacksTablesThatEachFit()
    {
        var text = TwoChannels().ToString(new ComparisonLayout(maxWidth: 60));
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 60, $"{line.Length}: {line}"));
        // first touch + last touch side by side need 69 characters: first touch alone, then last touch and linear (59).
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("channel", StringComparison.Ordinal)));
        Assert.Contains("linear value", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ValuesOnly()
    {
        var header = TwoChannels().ToString(new ComparisonLayout(conversions: false)).Split('\n')[0];
        Assert.Equal("channel  first touch value  last touch value  linear value", header);
    }

    [Fact]
    public void ToCsv_IsLongFormOneLinePerChannelAndModel()
    {
        var lines = TwoChannels().ToCsv().Split('\n');
        Assert.Equal("channel,model,conversions,share,value,currency", lines[0]);
        Assert.Equal("email,first touch,4,1,1220.00,USD", lines[1]);
        Assert.Equal("total,first touch,4,1,1220.00,USD", lines[3]);
        Assert.Equal("search,last touch,1,0.25,20.00,USD", lines[5]);
        Assert.Equal(1 + (3 * 3) + 1, lines.Length);
    }
}
