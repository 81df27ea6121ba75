namespace PerfMetrics.Internal;

/// <summary>The one <c>TryFormat</c> tail of the value types that format through their <c>ToString</c>: copy the text or report that it does not fit.</summary>
internal static class SpanText
{
    /// <summary>Copies formatted text into a span; false (nothing written) when it does not fit.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }
}
