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

    /// <summary>Gets the formats of a command whose result is a library report with <c>ToCsv()</c>.</summary>
    internal static IReadOnlyList<OutputFormat> AllFormats { get; } = [OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Json];

    /// <summary>Gets the formats of a result the library renders only as text (a multi-line report) and JSON.</summary>
    internal static IReadOnlyList<OutputFormat> TextJson { get; } = [OutputFormat.Text, OutputFormat.Json];

    /// <summary>Gets the formats the command can print.</summary>
    internal virtual IReadOnlyList<OutputFormat> Formats => TextMarkdownJson;

    /// <summary>Gets the subcommands of a command group (<c>experiment holdout</c>); a group has no options or result of its own.</summary>
    internal virtual IReadOnlyList<CliCommand> Subcommands => [];

    /// <summary>The formats the command can print for this command line (CSV may depend on the options); <see cref="Formats"/> by default.</summary>
    internal virtual IReadOnlyList<OutputFormat> FormatsFor(ParseResult result) => Formats;

    /// <summary>Adds the command's arguments and options.</summary>
    internal abstract void Configure(Command command);

    /// <summary>Computes the result. Throws <see cref="UsageException"/> for a command line that does not make sense, and lets the library's exceptions through.</summary>
    internal abstract CommandOutput Run(ParseResult result, CliConsole console);
}

/// <summary>
/// A command that only groups subcommands (<c>perfmetrics experiment holdout</c>): it has no options and no result;
/// given alone it is a usage error that lists its subcommands.
/// </summary>
internal abstract class CliCommandGroup : CliCommand
{
    /// <inheritdoc/>
    internal abstract override IReadOnlyList<CliCommand> Subcommands { get; }

    /// <inheritdoc/>
    internal sealed override void Configure(Command command)
    {
    }

    /// <inheritdoc/>
    internal sealed override CommandOutput Run(ParseResult result, CliConsole console) =>
        throw new UsageException($"{Name} needs a subcommand: {string.Join(", ", Subcommands.Select(s => s.Name))}.");
}
