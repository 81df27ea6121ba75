using PerfMetrics.Internal;
using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>What one attribution model credited to each channel, with the totals it distributed.</summary>
/// <remarks>
/// <para>
/// Invariants (kept by <see cref="AttributionEngine"/> whatever the model): credited conversions sum to
/// <see cref="TotalConversions"/> (up to floating-point rounding, relative 1e-9); credited values sum exactly to
/// <see cref="TotalValue"/>, the input value rounded to minor units, and each is within one minor unit of the channel's
/// exact share; no credit is negative.
/// </para>
/// <para>
/// Channels are listed in ordinal order of their names, including channels that earned nothing; look one up with
/// <c>Channels.Get(channel)</c> or <c>Channels.Get("name")</c>.
/// </para>
/// <para>
/// Equality is by value: model name (ordinal), currency, totals and every channel's credit, exactly (so a result read
/// back from JSON equals the one written). Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ModelName,nq}: {TotalConversions} conversions, {TotalValue}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class AttributionResult : IEquatable<AttributionResult>, IEqualityOperators<AttributionResult, AttributionResult, bool>
{
    private static readonly string[] Header = ["channel", "conversions", "share", "value"];
    private static readonly bool[] RightAligned = [false, true, true, true];
    private readonly ChannelList<ChannelCredit> _channels;

    internal AttributionResult(string modelName, Currency currency, double totalConversions, Money totalValue, ChannelCredit[] channels)
    {
        ModelName = modelName;
        Currency = currency;
        TotalConversions = totalConversions;
        TotalValue = totalValue;
        _channels = new ChannelList<ChannelCredit>(channels, static credit => credit.Channel);
    }

    /// <summary>Gets the name of the model that produced the result.</summary>
    public string ModelName { get; }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the conversions that were distributed (the sum over all paths).</summary>
    public double TotalConversions { get; }

    /// <summary>Gets the value that was distributed: the sum over all paths, rounded to minor units (to even).</summary>
    public Money TotalValue { get; }

    /// <summary>Gets each channel's credit, in ordinal order of channel names; look one up by channel or name with <see cref="ChannelList{T}.Get(Channel)"/>.</summary>
    public ChannelList<ChannelCredit> Channels => _channels;

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(AttributionResult? left, AttributionResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AttributionResult? left, AttributionResult? right) => !(left == right);

    /// <summary>Returns whether another result has the same model name, currency, totals and credits.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when all members are equal (doubles compared exactly, money numerically).</returns>
    public bool Equals(AttributionResult? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(ModelName, other.ModelName, StringComparison.Ordinal)
                && Currency == other.Currency
                && TotalConversions.Equals(other.TotalConversions)
                && TotalValue == other.TotalValue
                && _channels.SequenceEqual(other._channels)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AttributionResult);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(ModelName), Currency, TotalConversions, TotalValue, _channels.SequenceHash());

    /// <summary>Returns an aligned plain-text table: channel, conversions, share, value, then the total.</summary>
    /// <returns>Invariant text, one line per channel.</returns>
    public override string ToString() => $"{ModelName}\n{TextTable.Render(Cells(), RightAligned)}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown (without the model-name line).</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), RightAligned);

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel, then the total.</summary>
    /// <returns>CSV text with the header <c>channel,conversions,share,value,currency</c>: counts and shares in full precision (fractions of the credited conversions, not percents), value at minor units without grouping or code, an undefined value as an empty field.</returns>
    public string ToCsv()
    {
        var rows = new List<string[]> { CsvHeader };
        foreach (var credit in _channels.Items)
        {
            rows.Add([credit.Channel.Name, Metrics.Display.Exact(credit.Conversions), Metrics.Display.Exact(credit.Share), Metrics.Display.Plain(credit.Value), Currency.Code]);
        }

        rows.Add(["total", Metrics.Display.Exact(TotalConversions), TotalConversions > 0d ? "1" : string.Empty, Metrics.Display.Plain(TotalValue), Currency.Code]);
        return TextTable.Csv(rows);
    }

    private static readonly string[] CsvHeader = ["channel", "conversions", "share", "value", "currency"];

    private List<string[]> Cells()
    {
        var rows = new List<string[]> { Header };
        foreach (var credit in _channels.Items)
        {
            rows.Add([credit.Channel.Name, Number(credit.Conversions), Percent(credit.Share), Metrics.Display.Money(credit.Value)]);
        }

        rows.Add(["total", Number(TotalConversions), TotalConversions > 0d ? Percent(1d) : "n/a", Metrics.Display.Money(TotalValue)]);
        return rows;
    }

    internal static string Number(double value) => Metrics.Display.Count(value);

    internal static string Percent(double? share) => Metrics.Display.Percent(share);
}
