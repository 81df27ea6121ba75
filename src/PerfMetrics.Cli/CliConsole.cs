namespace PerfMetrics.Cli;

/// <summary>
/// Where a command reads and writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>. The
/// tests pass string writers; the program passes the process's standard streams.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>Creates a console over the given streams.</summary>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages and progress go (standard error).</param>
    /// <param name="input">What a file argument of <c>-</c> reads (standard input).</param>
    /// <param name="errorIsTerminal">Whether <paramref name="error"/> is a terminal: progress is drawn only then.</param>
    internal CliConsole(TextWriter output, TextWriter error, TextReader input, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        In = input;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Gets the writer for results.</summary>
    internal TextWriter Out { get; }

    /// <summary>Gets the writer for messages and progress.</summary>
    internal TextWriter Error { get; }

    /// <summary>Gets the reader behind a file argument of <c>-</c>.</summary>
    internal TextReader In { get; }

    /// <summary>Gets whether the error stream is a terminal (progress is drawn only then).</summary>
    internal bool ErrorIsTerminal { get; }

    /// <summary>The process's console: buffered UTF-8 standard output with <c>\n</c> line ends, standard error, standard input.</summary>
    /// <returns>The console.</returns>
    internal static CliConsole System()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new global::System.Text.UTF8Encoding(false), 1024) { NewLine = "\n", AutoFlush = true };
        return new CliConsole(output, error, Console.In, !Console.IsErrorRedirected);
    }
}
