using System.Globalization;
using System.Numerics;
using PerfMetrics.Attribution;
using PerfMetrics.Internal;

namespace PerfMetrics.Budget;

/// <summary>The distribution of the best split of a budget over many parameter draws: percentiles of each channel's spend and response, and of the total response.</summary>
/// <remarks>
/// Each draw is allocated exactly as <see cref="BudgetAllocator.Allocate"/> would; percentiles interpolate linearly
/// between order statistics (Hyndman and Fan definition 7, as R's <c>quantile</c> and NumPy's <c>percentile</c>).
/// Deterministic: the same draws give the same result for any degree of parallelism. Rows are in the order of the first
/// draw's channels. Equality compares every member. Immutable and thread-safe.
/// </remarks>
public sealed class AllocationDistribution : IEquatable<AllocationDistribution>, IEqualityOperators<AllocationDistribution, AllocationDistribution, bool>
{
    private readonly double[] _levels;
    private readonly Money[] _totalResponse;

    internal AllocationDistribution(Money budget, int draws, double[] levels, ChannelDistribution[] rows, Money[] totalResponse)
    {
        Budget = budget;
        Draws = draws;
        _levels = levels;
        Percentiles = Array.AsReadOnly(levels);
        Rows = new ChannelList<ChannelDistribution>(rows, static r => r.Channel);
        _totalResponse = totalResponse;
        TotalResponse = Array.AsReadOnly(totalResponse);
    }

    /// <summary>Gets the budget allocated in every draw.</summary>
    public Money Budget { get; }

    /// <summary>Gets the number of draws.</summary>
    public int Draws { get; }

    /// <summary>Gets the percentile levels (fractions: 0.5 is the median).</summary>
    public IReadOnlyList<double> Percentiles { get; }

    /// <summary>Gets one row per channel.</summary>
    public ChannelList<ChannelDistribution> Rows { get; }

    /// <summary>Gets the percentiles of the total response, one per level.</summary>
    public IReadOnlyList<Money> TotalResponse { get; }

    /// <summary>Compares two distributions by value.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(AllocationDistribution? left, AllocationDistribution? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two distributions by value.</summary>
    /// <param name="left">The first, or null.</param>
    /// <param name="right">The second, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AllocationDistribution? left, AllocationDistribution? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(AllocationDistribution? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Budget == other.Budget && Draws == other.Draws && _levels.AsSpan().SequenceEqual(other._levels)
                && _totalResponse.AsSpan().SequenceEqual(other._totalResponse) && Rows.SequenceEqual(other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AllocationDistribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Budget, Draws, Rows.Count);

    /// <summary>Returns an aligned plain-text table: per channel the spend percentiles, then the total response; amounts at minor units with thousands grouped.</summary>
    /// <returns>Invariant text: a heading line, then the table.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Budget {Metrics.Display.Money(Budget)} over {Draws} draws\n{TextTable.Render(Cells(m => Metrics.Display.Money(m)), Alignment())}");

    /// <summary>Returns the same table as GitHub-flavoured Markdown (without the heading line).</summary>
    /// <returns>Markdown text, amounts right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(m => Metrics.Display.Money(m)), Alignment());

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel, then the total response.</summary>
    /// <returns>CSV text with the header <c>channel,spend P5,...,currency</c> (one column per percentile level): amounts at minor units without grouping or code.</returns>
    public string ToCsv()
    {
        var rows = Cells(m => Metrics.Display.Plain(m));
        rows[0] = [.. rows[0], "currency"];
        for (var i = 1; i < rows.Count; i++)
        {
            rows[i] = [.. rows[i], Budget.Currency.Code];
        }

        return TextTable.Csv(rows);
    }

    private bool[] Alignment()
    {
        var alignment = new bool[_levels.Length + 1];
        Array.Fill(alignment, true);
        alignment[0] = false;
        return alignment;
    }

    private List<string[]> Cells(Func<Money, string> amount)
    {
        var header = new List<string> { "channel" };
        header.AddRange(_levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"spend P{l * 100:0.##}")));
        var rows = new List<string[]> { header.ToArray() };
        foreach (var row in Rows)
        {
            rows.Add([row.Channel.Name, .. row.Spend.Select(amount)]);
        }

        rows.Add(["total response", .. _totalResponse.Select(amount)]);
        return rows;
    }
}
