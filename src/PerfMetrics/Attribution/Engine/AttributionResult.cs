using PerfMetrics.Internal;
using System.Diagnostics;
using System.Globalization;
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
/// <para>Channels are listed in ordinal order of their names, including channels that earned nothing. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ModelName,nq}: {TotalConversions} conversions, {TotalValue}")]
[JsonConverter(typeof(AttributionResultJsonConverter))]
public sealed class AttributionResult
{
    private static readonly string[] Header = ["channel", "conversions", "share", "value"];
    private static readonly bool[] RightAligned = [false, true, true, true];
    private readonly ChannelCredit[] _channels;
    private readonly Dictionary<Channel, int> _index;

    internal AttributionResult(string modelName, Currency currency, double totalConversions, Money totalValue, ChannelCredit[] channels)
    {
        ModelName = modelName;
        Currency = currency;
        TotalConversions = totalConversions;
        TotalValue = totalValue;
        _channels = channels;
        Channels = Array.AsReadOnly(channels);
        _index = new Dictionary<Channel, int>(channels.Length);
        for (var i = 0; i < channels.Length; i++)
        {
            _index.Add(channels[i].Channel, i);
        }
    }

    /// <summary>Gets the name of the model that produced the result.</summary>
    public string ModelName { get; }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the conversions that were distributed (the sum over all paths).</summary>
    public double TotalConversions { get; }

    /// <summary>Gets the value that was distributed: the sum over all paths, rounded to minor units (to even).</summary>
    public Money TotalValue { get; }

    /// <summary>Gets each channel's credit, in ordinal order of channel names.</summary>
    public IReadOnlyList<ChannelCredit> Channels { get; }

    /// <summary>Looks up one channel's credit.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="credit">Its credit, or <c>default(ChannelCredit)</c> when the channel does not occur in the input.</param>
    /// <returns><see langword="true"/> when the channel occurs in the attributed paths.</returns>
    public bool TryGetCredit(Channel channel, out ChannelCredit credit)
    {
        if (_index.TryGetValue(channel, out var i))
        {
            credit = _channels[i];
            return true;
        }

        credit = default;
        return false;
    }

    /// <summary>Returns an aligned plain-text table: channel, conversions, share, value, then the total.</summary>
    /// <returns>Invariant text, one line per channel.</returns>
    public override string ToString() => $"{ModelName}\n{TextTable.Render(Cells(), RightAligned)}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown (without the model-name line).</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), RightAligned);

    private List<string[]> Cells()
    {
        var rows = new List<string[]> { Header };
        foreach (var credit in _channels)
        {
            rows.Add([credit.Channel.Name, Number(credit.Conversions), Percent(credit.Share), credit.Value.ToString()]);
        }

        rows.Add(["total", Number(TotalConversions), TotalConversions > 0d ? Percent(1d) : "n/a", TotalValue.ToString()]);
        return rows;
    }

    internal static string Number(double value) => value.ToString("N2", CultureInfo.InvariantCulture);

    internal static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
