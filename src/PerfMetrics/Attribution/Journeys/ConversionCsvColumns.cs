using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Which columns of a conversion (order) CSV export hold what: the caller names its own columns (compared case-insensitively, surrounding spaces ignored).</summary>
/// <remarks>Columns of the file that the mapping does not name are ignored. Immutable and thread-safe.</remarks>
public sealed class ConversionCsvColumns
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="userId">The user id column; <c>user_id</c> by default.</param>
    /// <param name="timestamp">The instant column; <c>timestamp</c> by default.</param>
    /// <param name="value">The value column (a non-negative decimal); <c>value</c> by default.</param>
    /// <param name="orderId">The order id column (empty for none), or null (default) when the file has none.</param>
    /// <param name="currency">A column with each value's ISO 4217 currency code, or null (default): values are then in the currency the reader is given.</param>
    /// <exception cref="ArgumentException">A column name is empty or white space, or two mapped names are equal.</exception>
    public ConversionCsvColumns(string userId = "user_id", string timestamp = "timestamp", string value = "value", string? orderId = null, string? currency = null)
    {
        UserId = CsvColumnNames.Required(userId, nameof(userId));
        Timestamp = CsvColumnNames.Required(timestamp, nameof(timestamp));
        Value = CsvColumnNames.Required(value, nameof(value));
        OrderId = CsvColumnNames.Optional(orderId, nameof(orderId));
        Currency = CsvColumnNames.Optional(currency, nameof(currency));
        CsvColumnNames.Distinct([UserId, Timestamp, Value, OrderId, Currency]);
    }

    /// <summary>Gets the mapping of the default names: <c>user_id</c>, <c>timestamp</c>, <c>value</c>, no order id or currency.</summary>
    public static ConversionCsvColumns Default { get; } = new();

    /// <summary>Gets the user id column.</summary>
    public string UserId { get; }

    /// <summary>Gets the instant column.</summary>
    public string Timestamp { get; }

    /// <summary>Gets the value column.</summary>
    public string Value { get; }

    /// <summary>Gets the order id column, or null.</summary>
    public string? OrderId { get; }

    /// <summary>Gets the currency column, or null.</summary>
    public string? Currency { get; }
}
