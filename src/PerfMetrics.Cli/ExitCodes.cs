namespace PerfMetrics.Cli;

/// <summary>The documented exit codes (docs/cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and printed its result.</summary>
    internal const int Ok = 0;

    /// <summary>The command line was understood, but the input was rejected: a bad file (the message names line and column), a value out of range, a file that cannot be read.</summary>
    internal const int BadInput = 1;

    /// <summary>The command line was not understood: an unknown command or option, a missing required option, a malformed value, a combination that does not apply.</summary>
    internal const int Usage = 2;
}
