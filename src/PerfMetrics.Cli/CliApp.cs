using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
    internal static CliCommand[] Commands() =>
        [new MarginCommand(), new AttributionCommand(), new JourneysCommand(), new ClvCommand(), new ExperimentCommand(), new BudgetCommand()];

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
            "Performance-marketing math from the command line: CPA versus margin, attribution (path tables or event logs), customer lifetime value, experiments, budget allocation. Exact money; undefined numbers print as n/a. See docs/cli.md.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(format);
        foreach (var cli in Commands())
        {
            root.Subcommands.Add(Build(cli, format, console));
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for the commands and options.");
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
            console.Error.WriteLine($"Run '{CommandPath(parsed.CommandResult)} --help' for the options.");
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

    /// <summary>Builds a command; a group (<see cref="CliCommand.Subcommands"/>) gets its subcommands and no action of its own.</summary>
    private static Command Build(CliCommand cli, Option<OutputFormat> format, CliConsole console)
    {
        var command = new Command(cli.Name, cli.Description);
        if (cli.Subcommands.Count > 0)
        {
            foreach (var sub in cli.Subcommands)
            {
                command.Subcommands.Add(Build(sub, format, console));
            }

            return command;
        }

        cli.Configure(command);
        command.SetAction(result => Execute(cli, command, result, format, console));
        return command;
    }

    private static int Execute(CliCommand cli, Command command, ParseResult result, Option<OutputFormat> formatOption, CliConsole console)
    {
        var format = result.GetValue(formatOption);
        var formats = cli.FormatsFor(result);
        if (!formats.Contains(format))
        {
            throw new UsageException(
                $"--format {OutputFormats.Name(format)} is not available for {CommandPath(result.CommandResult)}{(format == OutputFormat.Csv ? " (the library writes no CSV for this result)" : string.Empty)}; use {string.Join(", ", formats.Select(OutputFormats.Name))}.");
        }

        var output = cli.Run(result, console);
        output.Write(console.Out, format);
        return ExitCodes.Ok;
    }

    /// <summary>The command line up to the command that was parsed: <c>perfmetrics experiment tbr</c>.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
