using System.Text.Json;
using PerfMetrics.Attribution;
using PerfMetrics.Cli;

namespace PerfMetrics.Tests.Cli.Commands;

public class AttributionCommandTests
{
    // The path table of docs/getting-started.md (14 sales, $38 margin each).
    private const string Paths = """
        path,total_conversions,total_conversion_value,total_null
        social > search,8,304.00,41
        search,3,114.00,20
        social > email > search,2,76.00,12
        email,1,38.00,9

        """;

    [Fact]
    public void Attribution_GettingStartedTable_PrintsTheComparisonOfTheDocs()
    {
        // docs/getting-started.md, step 3. Worked by hand for first touch: social starts 8 + 2 = 10 paths, search 3,
        // email 1; last touch: search ends 8 + 3 + 2 = 13, email 1. Linear: email 2/3 + 1 = 1.67, search 8/2 + 3 + 2/3 = 7.67.
        var result = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD", "--models", "first,last,linear,position");

        CliRun.AssertOutput(
            """
            channel  first touch  first touch value  last touch  last touch value  linear  linear value  position-based  position-based value
            -------  -----------  -----------------  ----------  ----------------  ------  ------------  --------------  --------------------
            email           1.00          38.00 USD        1.00         38.00 USD    1.67     63.33 USD            1.40             53.20 USD
            search          3.00         114.00 USD       13.00        494.00 USD    7.67    291.34 USD            7.80            296.40 USD
            social         10.00         380.00 USD        0.00          0.00 USD    4.67    177.33 USD            4.80            182.40 USD
            total          14.00         532.00 USD       14.00        532.00 USD   14.00    532.00 USD           14.00            532.00 USD

            """,
            result);
    }

    [Fact]
    public void Attribution_DefaultModels_AreFirstLastLinearAndFirstOrderMarkov()
    {
        var table = PathTable.ReadCsv(new StringReader(Paths), Currency.Usd);
        var expected = AttributionEngine.Compare(
            table,
            [AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.Linear, AttributionModels.Markov(new MarkovOptions(order: 1))]);

        var result = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD");

        CliRun.AssertOutput(expected.ToString(), result);
        Assert.Contains("markov (order 1)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_FromAFile_ReadsTheSameTableAsFromStandardInput()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfmetrics-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Paths);
        try
        {
            var fromFile = CliRun.Run("attribution", path, "--currency", "USD", "-m", "linear");
            var fromInput = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD", "-m", "linear");

            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(fromInput.Out, fromFile.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Attribution_MarkovOrderTwoWithSpendAndMargin_AddsAChannelReportPerModel()
    {
        // Linear report, by hand: email CPA 20 / 1.67 = 12.00, search 300 / 7.67 = 39.13 (above the $38 margin:
        // Unprofitable), social 150 / 4.67 = 32.14; total 470 / 14 = 33.57; ROAS search 291.34 / 300 = 0.97.
        var result = CliRun.WithInput(
            Paths, "attribution", "-", "--currency", "USD", "--models", "linear,markov", "--order", "2",
            "--spend", "search=300USD", "--spend", "social=150USD", "--spend", "email=20USD", "--margin", "38USD");

        var table = PathTable.ReadCsv(new StringReader(Paths), Currency.Usd);
        var markov = AttributionEngine.Attribute(table, AttributionModels.Markov(new MarkovOptions(order: 2)));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            """
            linear, judged by CPA vs unit margin 38.00 USD
            channel       spend  conversions     revenue        CPA  ROAS  judged by                verdict
            -------  ----------  -----------  ----------  ---------  ----  -----------------------  ------------
            email     20.00 USD         1.67   63.33 USD  12.00 USD  3.17  CPA vs margin 38.00 USD  Profitable
            search   300.00 USD         7.67  291.34 USD  39.13 USD  0.97  CPA vs margin 38.00 USD  Unprofitable
            social   150.00 USD         4.67  177.33 USD  32.14 USD  1.18  CPA vs margin 38.00 USD  Profitable
            total    470.00 USD        14.00  532.00 USD  33.57 USD  1.13  CPA vs margin 38.00 USD  Profitable
            """.ReplaceLineEndings("\n"),
            result.Out,
            StringComparison.Ordinal);
        var spends = new[] { ("search", 300m), ("social", 150m), ("email", 20m) }
            .Select(s => new Spend(new Channel(s.Item1), new Money(s.Item2, Currency.Usd), new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 1, 31))));
        Assert.EndsWith("\n" + ChannelReport.Of(markov, spends, new Money(38m, Currency.Usd)), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_Json_ReadsBackAsTheLibrarysComparison()
    {
        var result = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD", "--models", "last,shapley", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var options = CliJson.Options;
        using var document = JsonDocument.Parse(result.Out);
        var comparison = document.RootElement.GetProperty("comparison").Deserialize<ModelComparison>(options);
        var table = PathTable.ReadCsv(new StringReader(Paths), Currency.Usd);
        Assert.Equal(AttributionEngine.Compare(table, [AttributionModels.LastTouch, AttributionModels.Shapley]), comparison);
        Assert.False(document.RootElement.TryGetProperty("reports", out _));
    }

    [Fact]
    public void Attribution_Markdown_IsTheLibrarysMarkdownTable()
    {
        var table = PathTable.ReadCsv(new StringReader(Paths), Currency.Usd);

        var result = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD", "-m", "linear", "-f", "markdown");

        CliRun.AssertOutput(AttributionEngine.Compare(table, [AttributionModels.Linear]).ToMarkdown(), result);
    }

    [Fact]
    public void Attribution_BadLine_IsBadInputWithTheLibrarysLineAndColumn()
    {
        const string bad = "path,total_conversions\nsearch,3\nsocial > search,eight\n";

        var result = CliRun.WithInput(bad, "attribution", "-", "--currency", "USD");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal("error: standard input: Line 3, column 2 (total_conversions): must be a finite non-negative number, was \"eight\".\n", result.Error);
    }

    [Fact]
    public void Attribution_MissingFile_IsBadInputNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfmetrics-missing-{Guid.NewGuid():N}.csv");

        var result = CliRun.Run("attribution", path, "--currency", "USD");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"error: {path}: cannot be read: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_MarkovOrderOutOfRange_IsBadInputWithTheLibrarysRule()
    {
        var result = CliRun.WithInput(Paths, "attribution", "-", "--currency", "USD", "--models", "markov", "--order", "5");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("error: order ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: --models: unknown model \"u-shaped\"; the models are first, last, last-non-direct, linear, position, simplified-shapley, shapley, markov.", "--models", "linear,u-shaped")]
    [InlineData("error: --order applies to the Markov model: add markov to --models.", "--models", "linear", "--order", "2")]
    [InlineData("error: --margin applies to the channel report: add the spend per channel with --spend channel=AMOUNT.", "--margin", "38USD")]
    [InlineData("error: --spend must be channel=AMOUNT such as search=300USD, was \"300USD\".", "--spend", "300USD")]
    [InlineData("error: --currency must be an ISO 4217 currency code such as USD or EUR, was \"dollars\".", "--currency", "dollars")]
    public void Attribution_CommandLineThatDoesNotMakeSense_IsAUsageError(string message, params string[] options)
    {
        string[] args = options.Contains("--currency") ? ["attribution", "-", .. options] : ["attribution", "-", "--currency", "USD", .. options];

        var result = CliRun.WithInput(Paths, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith(message + "\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_NoCurrency_IsAUsageError()
    {
        var result = CliRun.WithInput(Paths, "attribution", "-");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: Option '--currency' is required.\n", result.Error, StringComparison.Ordinal);
    }
}
