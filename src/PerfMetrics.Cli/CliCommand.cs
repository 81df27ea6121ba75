using System.CommandLine;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli;

/// <summary>
/// One command of the tool (one per area of the library). A command declares its options, the formats it can print,
/// and computes its result with the library; parsing, format checks, output and error handling are
/// <see cref="CliApp"/>'s, the same for every command. A new area adds one class and one line in <see cref="CliApp.Commands"/>.
/// </summary>
internal abstract class CliCommand
{
    /// <summary>Gets the formats every command prints; CSV only where the library writes the result as CSV.</summary>
    internal static IReadOnlyList<OutputFormat> TextMarkdownJson { get; } = [OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Json];

    /// <summary>Gets the command's name on the command line.</summary>
    internal abstract string Name { get; }

    /// <summary>Gets the one-line description shown by <c>--help</c>.</summary>
    internal abstract string Description { get; }

    /// <summary>Gets the formats the command can print.</summary>
    internal virtual IReadOnlyList<OutputFormat> Formats => TextMarkdownJson;

    /// <summary>Adds the command's arguments and options.</summary>
    internal abstract void Configure(Command command);

    /// <summary>Computes the result. Throws <see cref="UsageException"/> for a command line that does not make sense, and lets the library's exceptions through.</summary>
    internal abstract CommandOutput Run(ParseResult result, CliConsole console);
}
