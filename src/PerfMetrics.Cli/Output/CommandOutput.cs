namespace PerfMetrics.Cli.Output;

/// <summary>
/// What a command prints, in every format it supports. A command computes its result once with the library and
/// returns one of these; <see cref="Write"/> picks the rendering. A format the result cannot render (CSV, until the
/// library writes the result as CSV) is rejected before any work starts (see <see cref="CliCommand.Formats"/>).
/// </summary>
internal abstract class CommandOutput
{
    /// <summary>The aligned plain-text rendering (the library's text tables).</summary>
    internal abstract string Text();

    /// <summary>The Markdown rendering (the library's Markdown tables).</summary>
    internal abstract string Markdown();

    /// <summary>The JSON rendering (the library's converters).</summary>
    internal abstract string Json();

    /// <summary>The CSV rendering, where the library has one.</summary>
    internal virtual string Csv() => throw new NotSupportedException("This result has no CSV rendering.");

    /// <summary>Writes the result in the chosen format, ending with exactly one line end.</summary>
    internal void Write(TextWriter output, OutputFormat format)
    {
        var text = format switch
        {
            OutputFormat.Text => Text(),
            OutputFormat.Markdown => Markdown(),
            OutputFormat.Csv => Csv(),
            OutputFormat.Json => Json(),
        };
        output.Write(text.TrimEnd('\n'));
        output.Write('\n');
    }
}
