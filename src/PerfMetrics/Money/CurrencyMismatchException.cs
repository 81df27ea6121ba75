namespace PerfMetrics;

/// <summary>
/// Thrown when an operation combines money in two different currencies (for example adding USD to EUR).
/// Nothing in PerfMetrics converts currencies implicitly.
/// </summary>
/// <remarks>
/// The only domain exception of the library; it derives from <see cref="ArgumentException"/>, so code that handles bad
/// arguments handles it too. The exception policy is in the project's docs/design.md
/// (https://github.com/perfmetrics/perfmetrics/blob/main/docs/design.md).
/// </remarks>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public CurrencyMismatchException()
        : base("The operation combines two different currencies.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming both currencies and the parameter that carried the second one.</summary>
    /// <param name="expected">The currency the operation works in.</param>
    /// <param name="actual">The other currency received.</param>
    /// <param name="paramName">The parameter that carried <paramref name="actual"/>.</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string? paramName)
        : base($"{paramName ?? "value"} must be in {Describe(expected, actual)}, was in {Describe(actual, expected)}: the two currencies cannot be combined.", paramName)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Names a currency; adds its minor units when the other has the same code (two custom currencies).</summary>
    private static string Describe(Currency currency, Currency other) =>
        currency.Code == other.Code
            ? $"{currency.Code} ({currency.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture)} minor units)"
            : currency.Code;

    /// <summary>Gets the currency the operation works in, when known.</summary>
    public Currency Expected { get; }

    /// <summary>Gets the other currency received, when known.</summary>
    public Currency Actual { get; }
}
