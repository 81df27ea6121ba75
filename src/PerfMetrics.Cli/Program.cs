// The perfmetrics command-line tool: docs/cli.md. Everything happens in CliApp, which the tests run in-process.
using PerfMetrics.Cli;

return CliApp.Run(args, CliConsole.System());
