using System.Text;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli.Input;

/// <summary>
/// Opens a file argument for reading: a path, or <c>-</c> for standard input. A file's reader counts the bytes read, so
/// a <see cref="Progress"/> display can show how far reading has come.
/// </summary>
internal sealed class InputFile : IDisposable
{
    private readonly CountingStream? _stream;

    private InputFile(string name, TextReader reader, CountingStream? stream)
    {
        Name = name;
        Reader = reader;
        _stream = stream;
    }

    /// <summary>Gets the name used in messages (the path as given, or <c>standard input</c>).</summary>
    internal string Name { get; }

    /// <summary>Gets the text reader (UTF-8; a byte-order mark is skipped).</summary>
    internal TextReader Reader { get; }

    /// <summary>Opens a path, or standard input for <c>-</c>.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be opened; the message names it.</exception>
    internal static InputFile Open(string path, CliConsole console)
    {
        if (path == "-")
        {
            return new InputFile("standard input", console.In, null);
        }

        try
        {
            var stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
            return new InputFile(path, new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16), stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Reads the file with one of the library's readers; its <see cref="FormatException"/> (line and column) gets the file name in front.</summary>
    /// <exception cref="InputException">The reader rejected the text; the message is the file name and the library's message.</exception>
    internal T Read<T>(Func<TextReader, T> read)
    {
        try
        {
            return read(Reader);
        }
        catch (FormatException e)
        {
            throw new InputException($"{Name}: {e.Message}", e);
        }
    }

    /// <summary>The share of the file read so far, or null for standard input.</summary>
    internal double? Fraction() => _stream is { Length: > 0 } s ? (double)s.Position / s.Length : null;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_stream is not null)
        {
            Reader.Dispose();
        }
    }

    /// <summary>A read-only pass-through stream whose position can be read from another thread.</summary>
    private sealed class CountingStream(FileStream inner) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length { get; } = inner.Length;

        public override long Position
        {
            get => Volatile.Read(ref _position);
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            Volatile.Write(ref _position, _position + read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
