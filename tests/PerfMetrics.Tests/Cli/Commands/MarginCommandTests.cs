using System.Text.Json;
using PerfMetrics.Cli;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Cli.Commands;

public class MarginCommandTests
{
    [Fact]
    public void Margin_SeedExample_PrintsCpaProfitAndVerdict()
    {
        // Issue 21's seed example, worked by hand: $50/day x 7 days = $350; 350 / 14 sales = $25 CPA;
        // $38 - $25 = $13 profit per sale; 14 x 38 - 350 = $182 total profit; 13 / 38 = 34.2% of the margin left.
        var result = CliRun.Run("margin", "--spend", "50USD/day", "--days", "7", "--sales", "14", "--margin", "38USD");

        CliRun.AssertOutput(
            """
            measure                    value
            ---------------  ---------------
            spend per day          50.00 USD
            days                           7
            spend                 350.00 USD
            sales                         14
            CPA                    25.00 USD
            margin per sale        38.00 USD
            profit per sale        13.00 USD
            headroom         34.2% of margin
            total profit          182.00 USD
            verdict               Profitable

            """,
            result);
    }

    [Fact]
    public void Margin_TotalSpendAndMarginRate_UsesTheBreakEvenCpaOfTheOrderValue()
    {
        // $100 order value x 0.38 margin rate = $38 margin per sale (BreakEvenCpa), the same answer as the seed example.
        var result = CliRun.Run("margin", "--spend", "350 USD", "--sales", "14", "--aov", "100USD", "--margin-rate", "0.38", "--format", "markdown");

        CliRun.AssertOutput(
            """
            | measure | value |
            | --- | ---: |
            | spend | 350.00 USD |
            | sales | 14 |
            | CPA | 25.00 USD |
            | margin per sale | 38.00 USD |
            | profit per sale | 13.00 USD |
            | headroom | 34.2% of margin |
            | total profit | 182.00 USD |
            | verdict | Profitable |

            """,
            result);
    }

    [Fact]
    public void Margin_Json_IsTheLibrarysJsonOfTheSameCheck()
    {
        var result = CliRun.Run("margin", "--spend", "50USD/day", "--days", "7", "--sales", "14", "--margin", "38USD", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var options = CliJson.Options;
        var back = JsonSerializer.Deserialize<MarginCheck>(result.Out, options);
        var usd = Currency.Usd;
        Assert.Equal(CpaVersusMargin.Of(new Money(350m, usd), 14m, new Money(38m, usd)), back);
        Assert.Contains("\"verdict\": \"Profitable\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Margin_NoSales_PrintsUndefinedAsNotAvailable()
    {
        // With no sales the CPA is undefined (null in the library), never 0 or infinity; the total profit is minus the spend.
        var result = CliRun.Run("margin", "--spend", "350USD", "--sales", "0", "--margin", "38USD");

        CliRun.AssertOutput(
            """
            measure                value
            ---------------  -----------
            spend             350.00 USD
            sales                      0
            CPA                      n/a
            margin per sale    38.00 USD
            profit per sale          n/a
            headroom                 n/a
            total profit     -350.00 USD
            verdict            Undefined

            """,
            result);
    }

    [Fact]
    public void Margin_CpaAboveMargin_IsUnprofitable()
    {
        // 350 / 7 = $50 CPA against a $38 margin: -$12 per sale (-12 / 38 = -31.6% of the margin), 7 x 38 - 350 = -$84.
        var result = CliRun.Run("margin", "--spend", "350USD", "--sales", "7", "--margin", "38USD");

        CliRun.AssertOutput(
            """
            measure                     value
            ---------------  ----------------
            spend                  350.00 USD
            sales                           7
            CPA                     50.00 USD
            margin per sale         38.00 USD
            profit per sale        -12.00 USD
            headroom         -31.6% of margin
            total profit           -84.00 USD
            verdict              Unprofitable

            """,
            result);
    }

    [Theory]
    [InlineData("error: --spend per day needs --days: --spend 50USD/day --days 7.", "--spend", "50USD/day", "--sales", "14", "--margin", "38USD")]
    [InlineData("error: --days applies to a per-day spend: write --spend 50USD/day --days 7, or the total --spend 350USD alone.", "--spend", "350USD", "--days", "7", "--sales", "14", "--margin", "38USD")]
    [InlineData("error: give the margin per sale either as --margin 38USD or as --aov 100USD --margin-rate 0.38, not both.", "--spend", "350USD", "--sales", "14", "--margin", "38USD", "--aov", "100USD")]
    [InlineData("error: the margin per sale is required: --margin 38USD, or --aov 100USD --margin-rate 0.38.", "--spend", "350USD", "--sales", "14", "--aov", "100USD")]
    [InlineData("error: --spend must be an amount and a currency code such as 38USD or \"38.50 EUR\", was \"350\".", "--spend", "350", "--sales", "14", "--margin", "38USD")]
    [InlineData("error: --spend must be an amount (350USD) or an amount per day (50USD/day), was \"50USD/week\".", "--spend", "50USD/week", "--days", "7", "--sales", "14", "--margin", "38USD")]
    [InlineData("error: --sales must be a number such as 14 or 0.38 (invariant culture, no thousands separators), was \"14,5\".", "--spend", "350USD", "--sales", "14,5", "--margin", "38USD")]
    [InlineData("error: Option '--sales' is required.", "--spend", "350USD", "--margin", "38USD")]
    public void Margin_CommandLineThatDoesNotMakeSense_IsAUsageError(string message, params string[] options)
    {
        var result = CliRun.Run(["margin", .. options]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith(message + "\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: spend must be non-negative, was -350.00 USD. (Parameter 'spend')", "--spend", "-350USD", "--sales", "14", "--margin", "38USD")]
    [InlineData("error: acquisitions must be non-negative, was -14. (Parameter 'acquisitions')", "--spend", "350USD", "--sales", "-14", "--margin", "38USD")]
    [InlineData("error: marginRate must be greater than 0 and at most 1 (a rate is a fraction: 0.10 for 10%), was 38. (Parameter 'marginRate')", "--spend", "350USD", "--sales", "14", "--aov", "100USD", "--margin-rate", "38")]
    public void Margin_ValueTheLibraryRejects_IsBadInputWithTheLibrarysMessage(string message, params string[] options)
    {
        var result = CliRun.Run(["margin", .. options]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(message + "\n", result.Error);
    }

    [Fact]
    public void Margin_DifferentCurrencies_IsBadInput()
    {
        var result = CliRun.Run("margin", "--spend", "350USD", "--sales", "14", "--margin", "38EUR");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("EUR", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("350EUR", "38.50EUR")]
    [InlineData("350 EUR", "38.50 eur")]
    [InlineData(" 350eur", "38.5 EUR ")]
    public void Margin_MoneyWithOrWithoutASpaceAndInAnyCase_ReadsTheSameAmount(string spend, string margin)
    {
        // 350 / 14 = 25.00 EUR CPA; 38.50 - 25 = 13.50 per sale; 14 x 38.50 - 350 = 189.00.
        var result = CliRun.Run("margin", "--spend", spend, "--sales", "14", "--margin", margin);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        Assert.Contains("CPA 25.00 EUR", lines);
        Assert.Contains("profit per sale 13.50 EUR", lines);
        Assert.Contains("total profit 189.00 EUR", lines);
    }
}
