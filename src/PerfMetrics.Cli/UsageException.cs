namespace PerfMetrics.Cli;

/// <summary>A command line that parses but does not make sense (an option that does not apply, a missing partner option): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to write it instead.</param>
    internal UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (required by the analyzers; not used).</summary>
    internal UsageException()
    {
    }

    /// <summary>Creates the exception (required by the analyzers; not used).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    internal UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
