using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Which columns of a touchpoint CSV export hold what: the caller names its own columns (compared case-insensitively, surrounding spaces ignored).</summary>
/// <remarks>Columns of the file that the mapping does not name are ignored. Immutable and thread-safe.</remarks>
public sealed class TouchCsvColumns
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="userId">The user id column; <c>user_id</c> by default.</param>
    /// <param name="timestamp">The instant column; <c>timestamp</c> by default.</param>
    /// <param name="channel">The channel column; <c>channel</c> by default.</param>
    /// <param name="interaction">The interaction column (<c>click</c>, <c>view</c> or <c>impression</c>; empty for unspecified), or null (default) when the file has none: every touch is then a click.</param>
    /// <param name="campaign">The campaign column, or null (default).</param>
    /// <param name="cost">The cost column (a non-negative decimal, empty for none), or null (default).</param>
    /// <exception cref="ArgumentException">A column name is empty or white space, or two mapped names are equal.</exception>
    public TouchCsvColumns(string userId = "user_id", string timestamp = "timestamp", string channel = "channel", string? interaction = null, string? campaign = null, string? cost = null)
    {
        UserId = CsvColumnNames.Required(userId, nameof(userId));
        Timestamp = CsvColumnNames.Required(timestamp, nameof(timestamp));
        Channel = CsvColumnNames.Required(channel, nameof(channel));
        Interaction = CsvColumnNames.Optional(interaction, nameof(interaction));
        Campaign = CsvColumnNames.Optional(campaign, nameof(campaign));
        Cost = CsvColumnNames.Optional(cost, nameof(cost));
        CsvColumnNames.Distinct([UserId, Timestamp, Channel, Interaction, Campaign, Cost]);
    }

    /// <summary>Gets the mapping of the default names: <c>user_id</c>, <c>timestamp</c>, <c>channel</c>, no interaction, campaign or cost.</summary>
    public static TouchCsvColumns Default { get; } = new();

    /// <summary>Gets the user id column.</summary>
    public string UserId { get; }

    /// <summary>Gets the instant column.</summary>
    public string Timestamp { get; }

    /// <summary>Gets the channel column.</summary>
    public string Channel { get; }

    /// <summary>Gets the interaction column, or null.</summary>
    public string? Interaction { get; }

    /// <summary>Gets the campaign column, or null.</summary>
    public string? Campaign { get; }

    /// <summary>Gets the cost column, or null.</summary>
    public string? Cost { get; }
}
