using PerfMetrics.Cli;

namespace PerfMetrics.Tests.Cli;

public class CliAppTests
{
    [Fact]
    public void Run_Help_ListsEveryCommandOnStandardOutput()
    {
        var result = CliRun.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("perfmetrics [command] [options]", result.Out, StringComparison.Ordinal);
        foreach (var command in CliApp.Commands())
        {
            Assert.Contains($"  {command.Name}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_CommandHelp_ListsItsOptions()
    {
        var result = CliRun.Run("margin", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--spend <AMOUNT[/day]>", result.Out, StringComparison.Ordinal);
        Assert.Contains("--margin-rate <RATE>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_IsAUsageErrorOnStandardError()
    {
        var result = CliRun.Run();

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal("error: Required command was not provided.\nRun 'perfmetrics --help' for the commands and options.\n", result.Error);
    }

    [Fact]
    public void Run_UnknownCommand_IsAUsageError()
    {
        var result = CliRun.Run("forecast");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("forecast", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_IsAUsageErrorNamingIt()
    {
        var result = CliRun.Run("margin", "--spend", "350USD", "--sales", "14", "--margin", "38USD", "--colour", "red");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'perfmetrics margin --help' for the commands and options.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownFormat_IsAUsageError()
    {
        var result = CliRun.Run("margin", "--spend", "350USD", "--sales", "14", "--margin", "38USD", "--format", "xml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: --format must be text, markdown, csv or json, was \"xml\".\n", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("margin")]
    [InlineData("clv")]
    public void Run_CsvFormat_IsAUsageErrorWhereTheLibraryWritesNoCsv(string command)
    {
        // Rejected before any work: the file "-" is never read. clv prints CSV only with --calibration-end (the validation).
        string[] args = command switch
        {
            "margin" => ["margin", "--spend", "350USD", "--sales", "14", "--margin", "38USD", "--format", "csv"],
            _ => ["clv", "-", "--currency", "USD", "--margin-rate", "0.3", "--discount", "0.002", "--horizon", "52", "--format", "csv"],
        };

        var result = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith($"error: --format csv is not available for perfmetrics {command} (the library writes no CSV for this result); use text, markdown, json.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MarkdownForAnExperiment_IsAUsageErrorNamingTheFormatsItHas()
    {
        var result = CliRun.Run("experiment", "ab", "--a", "120/2400", "--b", "150/2400", "--format", "markdown");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: --format markdown is not available for perfmetrics experiment ab; use text, json.\nRun 'perfmetrics experiment ab --help' for the options.\n", result.Error);
    }

    [Fact]
    public void Run_GroupWithoutSubcommand_IsAUsageErrorPointingAtItsHelp()
    {
        var result = CliRun.Run("experiment");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: Required command was not provided.\nRun 'perfmetrics experiment --help' for the commands and options.\n", result.Error);
    }

    [Fact]
    public void Run_GroupHelp_ListsItsSubcommands()
    {
        var result = CliRun.Run("experiment", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "holdout", "ab", "sample-size", "tbr" })
        {
            Assert.Contains($"  {name}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_FormatBeforeTheCommand_AppliesToIt()
    {
        var result = CliRun.Run("--format", "json", "margin", "--spend", "350USD", "--sales", "14", "--margin", "38USD");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCodes_AreTheDocumentedOnes()
    {
        // docs/cli.md, "Exit codes": 0 ok, 1 bad input, 2 usage.
        Assert.Equal(0, ExitCodes.Ok);
        Assert.Equal(1, ExitCodes.BadInput);
        Assert.Equal(2, ExitCodes.Usage);
    }
}
