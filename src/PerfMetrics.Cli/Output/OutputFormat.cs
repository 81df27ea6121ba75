using System.CommandLine;

namespace PerfMetrics.Cli.Output;

/// <summary>How a command prints its result (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>Aligned plain-text tables, the default.</summary>
    Text,

    /// <summary>GitHub-flavoured Markdown tables.</summary>
    Markdown,

    /// <summary>CSV, where the library writes the result as CSV.</summary>
    Csv,

    /// <summary>JSON through the library's converters (exact values, nothing rounded).</summary>
    Json,
}

/// <summary>The <c>--format</c> option, shared by every command.</summary>
internal static class OutputFormats
{
    /// <summary>Creates the option (recursive: it is accepted after any command).</summary>
    internal static Option<OutputFormat> CreateOption()
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output: text (aligned tables, the default), markdown, csv or json.",
            HelpName = "text|markdown|csv|json",
            Recursive = true,
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                switch (text.ToLowerInvariant())
                {
                    case "text":
                        return OutputFormat.Text;
                    case "markdown" or "md":
                        return OutputFormat.Markdown;
                    case "csv":
                        return OutputFormat.Csv;
                    case "json":
                        return OutputFormat.Json;
                    default:
                        r.AddError($"--format must be text, markdown, csv or json, was \"{text}\".");
                        return OutputFormat.Text;
                }
            },
        };
        option.CompletionSources.Add("text", "markdown", "csv", "json");
        return option;
    }

    /// <summary>The lower-case name of a format, as written on the command line.</summary>
    internal static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Text => "text",
        OutputFormat.Markdown => "markdown",
        OutputFormat.Csv => "csv",
        OutputFormat.Json => "json",
    };
}
