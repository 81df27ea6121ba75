using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>Which columns of an RFM summary CSV hold what (compared case-insensitively); the defaults are the names the Python package lifetimes writes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RfmCsvColumns
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="customerId">The customer (or group) id column; null (default) reads <c>customer_id</c> when the header has it and names lines <c>line N</c> otherwise.</param>
    /// <param name="frequency">The repeat-purchase count column, <c>frequency</c> by default.</param>
    /// <param name="recency">The recency column (periods from the first to the last purchase), <c>recency</c> by default.</param>
    /// <param name="t">The age column (periods from the first purchase to the end of observation), <c>T</c> by default.</param>
    /// <param name="monetaryValue">The mean repeat-purchase value column, <c>monetary_value</c> by default.</param>
    /// <param name="count">The group size column; null (default) reads <c>count</c> when the header has it and counts each line once otherwise.</param>
    /// <exception cref="ArgumentException">A column name is empty or white space, or two mapped names are equal.</exception>
    public RfmCsvColumns(string? customerId = null, string frequency = "frequency", string recency = "recency", string t = "T", string monetaryValue = "monetary_value", string? count = null)
    {
        CustomerIdGiven = customerId is not null;
        CountGiven = count is not null;
        CustomerId = CsvColumnNames.Optional(customerId, nameof(customerId)) ?? "customer_id";
        Frequency = CsvColumnNames.Required(frequency, nameof(frequency));
        Recency = CsvColumnNames.Required(recency, nameof(recency));
        T = CsvColumnNames.Required(t, nameof(t));
        MonetaryValue = CsvColumnNames.Required(monetaryValue, nameof(monetaryValue));
        Count = CsvColumnNames.Optional(count, nameof(count)) ?? "count";
        CsvColumnNames.Distinct([CustomerId, Frequency, Recency, T, MonetaryValue, Count]);
    }

    /// <summary>Gets lifetimes' column names: <c>customer_id</c> and <c>count</c> when present, <c>frequency</c>, <c>recency</c>, <c>T</c>, <c>monetary_value</c>.</summary>
    public static RfmCsvColumns Default { get; } = new();

    /// <summary>Gets the customer id column.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the frequency column.</summary>
    public string Frequency { get; }

    /// <summary>Gets the recency column.</summary>
    public string Recency { get; }

    /// <summary>Gets the T (age) column.</summary>
    public string T { get; }

    /// <summary>Gets the monetary value column.</summary>
    public string MonetaryValue { get; }

    /// <summary>Gets the count (group size) column.</summary>
    public string? Count { get; }

    internal bool CustomerIdGiven { get; }

    internal bool CountGiven { get; }
}
