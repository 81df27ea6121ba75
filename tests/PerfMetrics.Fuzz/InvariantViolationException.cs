namespace PerfMetrics.Fuzz;

/// <summary>Thrown by a harness when an input breaks a rule of the API (so AFL records it as a crash).</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What was broken, with the input.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the cause.</summary>
    /// <param name="message">What was broken.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    /// <param name="condition">The rule.</param>
    /// <param name="message">What was broken, with the input.</param>
    internal static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
