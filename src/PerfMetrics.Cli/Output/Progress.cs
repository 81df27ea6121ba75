using System.Globalization;

namespace PerfMetrics.Cli.Output;

/// <summary>
/// A one-line progress display on standard error for work that takes more than about a second (reading a big file,
/// fitting a model). Drawn only when standard error is a terminal, first after one second, then four times a second;
/// the line is erased when the work ends, so nothing of it remains in the terminal or in a redirected stream.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan FirstDraw = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _error;
    private readonly Timer? _timer;
    private readonly Func<double?>? _fraction;
    private readonly Lock _gate = new();
    private string _label;
    private int _drawn;
    private bool _disposed;

    private Progress(CliConsole console, string label, Func<double?>? fraction)
    {
        _label = label;
        _fraction = fraction;
        if (console.ErrorIsTerminal)
        {
            _error = console.Error;
            _timer = new Timer(_ => Draw(), null, FirstDraw, Interval);
        }
    }

    /// <summary>Starts a display; it stays invisible unless the work lasts a second and standard error is a terminal.</summary>
    /// <param name="console">The console.</param>
    /// <param name="label">What is being done, for example <c>reading paths.csv</c>.</param>
    /// <param name="fraction">The share done so far (0 to 1), or null when unknown.</param>
    /// <returns>The display; dispose it when the work ends.</returns>
    internal static Progress Start(CliConsole console, string label, Func<double?>? fraction = null) => new(console, label, fraction);

    /// <summary>Changes the label (a new stage of the same work).</summary>
    internal void Stage(string label)
    {
        lock (_gate)
        {
            _label = label;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_error is not null && _drawn > 0)
            {
                _error.Write('\r');
                _error.Write(new string(' ', _drawn));
                _error.Write('\r');
                _error.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed || _error is null)
            {
                return;
            }

            var text = _fraction?.Invoke() is { } f
                ? string.Create(CultureInfo.InvariantCulture, $"{_label} [{Bar(f)}] {Math.Clamp(f, 0d, 1d) * 100d,3:0}%")
                : $"{_label} ...";
            _error.Write('\r');
            _error.Write(text.PadRight(_drawn));
            _error.Flush();
            _drawn = Math.Max(_drawn, text.Length);
        }
    }

    private static string Bar(double fraction)
    {
        const int width = 30;
        var done = (int)Math.Round(Math.Clamp(fraction, 0d, 1d) * width);
        return new string('#', done) + new string('.', width - done);
    }
}
