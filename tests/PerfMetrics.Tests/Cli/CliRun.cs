using PerfMetrics.Cli;

namespace PerfMetrics.Tests.Cli;

/// <summary>What one in-process run of the tool printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>perfmetrics</c> in-process, with standard input from a string and standard error not a terminal.</summary>
public static class CliRun
{
    public static CliResult Run(params string[] args) => WithInput(string.Empty, args);

    public static CliResult WithInput(string input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(output, error, new StringReader(input), errorIsTerminal: false));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a run succeeded, printed nothing on standard error, and printed exactly <paramref name="expected"/>.</summary>
    public static void AssertOutput(string expected, CliResult result)
    {
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected.ReplaceLineEndings("\n"), result.Out);
    }
}

/// <summary>The JSON options a C# caller would use to read the tool's JSON back: snake_case and the library's factory.</summary>
public static class CliJson
{
    public static System.Text.Json.JsonSerializerOptions Options { get; } = Create();

    private static System.Text.Json.JsonSerializerOptions Create()
    {
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
        options.Converters.Add(new PerfMetrics.Json.PerfMetricsJsonConverterFactory());
        return options;
    }
}
