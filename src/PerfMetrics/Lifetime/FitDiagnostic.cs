using System.Diagnostics;
using System.Numerics;

namespace PerfMetrics.Lifetime;

/// <summary>One warning about a <see cref="ModelFit{TModel}"/>: its kind and a message that names the numbers behind it.</summary>
/// <remarks>
/// Fits report what makes their parameters doubtful instead of throwing or returning nonsense silently
/// (<see cref="ModelFit{TModel}.Diagnostics"/>). <c>default(FitDiagnostic)</c> has kind 0 and no message. Equality
/// compares kind and message (ordinal). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct FitDiagnostic : IEquatable<FitDiagnostic>, IEqualityOperators<FitDiagnostic, FitDiagnostic, bool>
{
    internal FitDiagnostic(FitDiagnosticKind kind, string message)
    {
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets what the diagnostic warns about.</summary>
    public FitDiagnosticKind Kind { get; }

    /// <summary>Gets the message, for example <c>only 3 customers made a repeat purchase (at least 40 are needed for 4 parameters)</c>.</summary>
    public string Message { get; }

    /// <summary>Returns the kind and message, for example <c>FewRepeatBuyers: only 3 customers ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Message ?? "(no message)"}";

    /// <inheritdoc/>
    public bool Equals(FitDiagnostic other) => Kind == other.Kind && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FitDiagnostic other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Message is null ? 0 : StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Compares two diagnostics for equality.</summary>
    /// <param name="left">The first diagnostic.</param>
    /// <param name="right">The second diagnostic.</param>
    /// <returns><see langword="true"/> when kind and message are equal.</returns>
    public static bool operator ==(FitDiagnostic left, FitDiagnostic right) => left.Equals(right);

    /// <summary>Compares two diagnostics for inequality.</summary>
    /// <param name="left">The first diagnostic.</param>
    /// <param name="right">The second diagnostic.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FitDiagnostic left, FitDiagnostic right) => !left.Equals(right);
}
