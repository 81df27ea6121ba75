namespace PerfMetrics.Cli;

/// <summary>Input the tool read but could not use, with the file it came from in the message: exit code 1.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, starting with the file name.</param>
    /// <param name="innerException">The library's exception.</param>
    internal InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    internal InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (required by the analyzers; not used).</summary>
    internal InputException()
    {
    }
}
