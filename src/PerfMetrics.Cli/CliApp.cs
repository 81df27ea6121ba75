using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using PerfMetrics.Cli.Commands;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli;

/// <summary>
/// The tool: builds the command tree, parses, runs one command and maps every outcome to an exit code
/// (<see cref="ExitCodes"/>). Results go to standard output; errors go to standard error as one line starting
/// <c>error:</c>, never with a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>The command name, as installed (<c>perfmetrics</c>).</summary>
    internal const string ToolName = "perfmetrics";

    /// <summary>The commands, one per area of the library. A new area's command is added here and nowhere else.</summary>
    internal static CliCommand[] Commands() => [new MarginCommand(), new AttributionCommand(), new ClvCommand()];

    /// <summary>Runs the tool with the given arguments.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="console">Where to read and write.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, CliConsole console)
    {
        try
        {
            return RunCore(args, console);
        }
        finally
        {
            try
            {
                console.Out.Flush();
                console.Error.Flush();
            }
            catch (IOException)
            {
                // The reader of standard output went away (perfmetrics ... | head): nothing is left to tell anyone.
            }
        }
    }

    private static int RunCore(string[] args, CliConsole console)
    {
        var format = OutputFormats.CreateOption();
        var root = new Command(
            ToolName,
            "Performance-marketing math from the command line: CPA versus margin, attribution models compared, customer lifetime value. Exact money; undefined numbers print as n/a. See docs/cli.md.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(format);
        foreach (var cli in Commands())
        {
            var command = new Command(cli.Name, cli.Description);
            cli.Configure(command);
            var current = cli;
            var currentCommand = command;
            command.SetAction(result => Execute(current, currentCommand, result, format, console));
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult.Command, root)} --help' for the commands and options.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            console.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult.Command, root)} --help' for the options.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is InputException or FormatException or ArgumentException or OverflowException or IOException or UnauthorizedAccessException)
        {
            // ArgumentException covers the library's range and currency errors (CurrencyMismatchException included).
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not the user's input: still one line and no stack trace, with the type to report.
            console.Error.WriteLine($"error: unexpected {e.GetType().Name}: {e.Message} (please report this with the command line)");
            return ExitCodes.BadInput;
        }
    }

    private static int Execute(CliCommand cli, Command command, ParseResult result, Option<OutputFormat> formatOption, CliConsole console)
    {
        var format = result.GetValue(formatOption);
        if (!cli.Formats.Contains(format))
        {
            throw new UsageException(
                $"--format {OutputFormats.Name(format)} is not available for {command.Name} (the library has no {OutputFormats.Name(format)} writer for its result yet); use {string.Join(", ", cli.Formats.Select(OutputFormats.Name))}.");
        }

        var output = cli.Run(result, console);
        output.Write(console.Out, format);
        return ExitCodes.Ok;
    }

    private static string CommandPath(Command command, Command root) =>
        ReferenceEquals(command, root) ? ToolName : $"{ToolName} {command.Name}";
}
