using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>
/// The best split of a budget over channels' response curves: per channel the spend, response, ROAS, marginal ROAS and
/// change against the current split, with the common marginal ROAS and the total gain.
/// </summary>
/// <remarks>
/// <para>
/// Spends are in whole minor units of the currency and sum exactly to the budget: channels at a bound get the bound, the
/// rest of the budget is split over the others by largest remainder (<see cref="Money.Allocate(IReadOnlyList{decimal})"/>'s
/// rule) in proportion to the solver's spends, and any part of the budget finer than a minor unit goes to the first
/// such channel. Responses, ROAS and marginal ROAS are evaluated at the rounded spends.
/// </para>
/// <para>
/// Rows are in the order the channels were given; look one up with <c>Rows.Get(channel)</c> or <c>Rows.Get("name")</c>.
/// Equality compares every member. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class BudgetAllocation : IEquatable<BudgetAllocation>, IEqualityOperators<BudgetAllocation, BudgetAllocation, bool>
{
    private readonly ChannelList<BudgetRow> _rows;

    internal BudgetAllocation(Money budget, AllocationMethod method, Money? gridStep, decimal? commonMarginalRoas, BudgetRow[] rows)
    {
        Budget = budget;
        Method = method;
        GridStep = gridStep;
        CommonMarginalRoas = commonMarginalRoas;
        _rows = new ChannelList<BudgetRow>(rows, static row => row.Channel);
        var currency = budget.Currency;
        TotalResponse = Money.Sum(rows.Select(r => r.Response), currency);
        CurrentSpend = Money.Sum(rows.Select(r => r.CurrentSpend), currency);
        CurrentResponse = Money.Sum(rows.Select(r => r.CurrentResponse), currency);
    }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency => Budget.Currency;

    /// <summary>Gets the total spend allocated (the budget).</summary>
    public Money Budget { get; }

    /// <summary>Gets how the allocation was found.</summary>
    public AllocationMethod Method { get; }

    /// <summary>Gets the grid step of <see cref="AllocationMethod.Grid"/> ((budget - sum of minimums) / grid steps, not rounded); null for other methods.</summary>
    public Money? GridStep { get; }

    /// <summary>
    /// Gets the marginal ROAS shared by every channel strictly inside its bounds: the solved value for
    /// <see cref="AllocationMethod.Bisection"/>, the break-even ROAS for <see cref="AllocationMethod.BreakEven"/>, the mean
    /// over interior channels for <see cref="AllocationMethod.Grid"/>; null when no channel is interior.
    /// </summary>
    public decimal? CommonMarginalRoas { get; }

    /// <summary>Gets one row per channel, in the order given.</summary>
    public ChannelList<BudgetRow> Rows => _rows;

    /// <summary>Gets the total response of the allocation.</summary>
    public Money TotalResponse { get; }

    /// <summary>Gets the total current spend.</summary>
    public Money CurrentSpend { get; }

    /// <summary>Gets the total response of the current split.</summary>
    public Money CurrentResponse { get; }

    /// <summary>Gets the gain over the current split, total response minus current response (the current split may spend a different total).</summary>
    public Money Gain => TotalResponse - CurrentResponse;

    /// <summary>Compares two allocations by value.</summary>
    /// <param name="left">The first allocation, or null.</param>
    /// <param name="right">The second allocation, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(BudgetAllocation? left, BudgetAllocation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two allocations by value.</summary>
    /// <param name="left">The first allocation, or null.</param>
    /// <param name="right">The second allocation, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BudgetAllocation? left, BudgetAllocation? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(BudgetAllocation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Budget == other.Budget && Method == other.Method && Nullable.Equals(GridStep, other.GridStep)
                && CommonMarginalRoas == other.CommonMarginalRoas && _rows.SequenceEqual(other._rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetAllocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Budget, Method, GridStep, CommonMarginalRoas, _rows.Count);

    /// <summary>Returns an aligned plain-text table with a total row; amounts at minor units with thousands grouped, ratios to 2 decimals, undefined values as <c>n/a</c>.</summary>
    /// <returns>Invariant text: a heading line, then one line per channel.</returns>
    public override string ToString() => $"{Heading()}\n{TextTable.Render(Cells(), Alignment)}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment);

    /// <summary>Returns the allocation as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel, then the total.</summary>
    /// <returns>
    /// CSV text with the header <c>channel,spend,spend_change,response,response_change,roas,marginal_roas,bound,currency</c>:
    /// amounts at minor units without grouping or code, ratios in full precision, an undefined ratio as an empty field.
    /// </returns>
    public string ToCsv()
    {
        var code = Budget.Currency.Code;
        var rows = new List<string[]> { CsvHeader };
        foreach (var row in _rows)
        {
            rows.Add([
                row.Channel.Name, Metrics.Display.Plain(row.Spend), Metrics.Display.Plain(row.SpendChange), Metrics.Display.Plain(row.Response),
                Metrics.Display.Plain(row.ResponseChange), Metrics.Display.Exact(row.Roas), Metrics.Display.Exact(row.MarginalRoas), row.Bound.ToString(), code,
            ]);
        }

        rows.Add([
            "total", Metrics.Display.Plain(Budget), Metrics.Display.Plain(Budget - CurrentSpend), Metrics.Display.Plain(TotalResponse), Metrics.Display.Plain(Gain),
            Metrics.Display.Exact(Metrics.Roas.Of(TotalResponse, Budget)), string.Empty, string.Empty, code,
        ]);
        return TextTable.Csv(rows);
    }

    private static readonly string[] CsvHeader = ["channel", "spend", "spend_change", "response", "response_change", "roas", "marginal_roas", "bound", "currency"];

    private static readonly string[] Header = ["channel", "spend", "change", "response", "change", "ROAS", "mROAS", "bound"];

    private static readonly bool[] Alignment = [false, true, true, true, true, true, true, false];

    private string Heading() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Budget {Metrics.Display.Money(Budget)} ({Method}{(GridStep is { } step ? $", step {Metrics.Display.Money(step)}" : string.Empty)}): response {Metrics.Display.Money(TotalResponse)}, gain {Metrics.Display.Money(Gain)} over the current split, common marginal ROAS {Ratio(CommonMarginalRoas)}");

    private List<string[]> Cells()
    {
        var rows = new List<string[]> { Header };
        foreach (var row in _rows)
        {
            rows.Add([
                row.Channel.Name, Metrics.Display.Money(row.Spend), Metrics.Display.Money(row.SpendChange), Metrics.Display.Money(row.Response),
                Metrics.Display.Money(row.ResponseChange), Ratio(row.Roas), Ratio(row.MarginalRoas), row.Bound.ToString(),
            ]);
        }

        rows.Add([
            "total", Metrics.Display.Money(Budget), Metrics.Display.Money(Budget - CurrentSpend), Metrics.Display.Money(TotalResponse), Metrics.Display.Money(Gain),
            Ratio(Metrics.Roas.Of(TotalResponse, Budget)), string.Empty, string.Empty,
        ]);
        return rows;
    }

    internal static string Ratio(decimal? value) => Metrics.Display.Ratio(value);
}
