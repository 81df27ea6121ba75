using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>
/// The profit-maximising budget at a contribution-margin rate: the total, its split (each channel where its marginal
/// ROAS meets the break-even ROAS), the profit, and the profit curve around the optimum.
/// </summary>
/// <remarks>
/// <para>
/// Profit after ad spend = m x response - spend. Without a budget constraint the channels separate: a concave channel
/// spends where R'(x) = 1 / m (clamped to its bounds; a channel with R'(minimum) below 1 / m stays at its minimum); an
/// S-shaped channel takes the best of its minimum, its maximum and the spend past its inflection point where R' = 1 / m
/// (spending into an S-curve pays only if the whole step up the curve pays). Spends are rounded to minor units.
/// </para>
/// <para>
/// The curve allocates budgets from the sum of the minimums in tenths of the distance to the optimum, up to twice that
/// distance (or the sum of the maximums), each split optimally; its highest profit is at the optimum. Equality compares
/// every member. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ProfitPlan : IEquatable<ProfitPlan>, IEqualityOperators<ProfitPlan, ProfitPlan, bool>
{
    private static readonly string[] CurveHeader = ["budget", "response", "profit", string.Empty];
    private static readonly string[] CsvHeader = ["budget", "response", "profit", "optimum", "currency"];
    private static readonly bool[] CurveAlignment = [true, true, true, false];
    private readonly ProfitPoint[] _curve;

    internal ProfitPlan(decimal marginRate, decimal breakEvenRoas, BudgetAllocation allocation, Money profit, ProfitPoint[] curve)
    {
        MarginRate = marginRate;
        BreakEvenRoas = breakEvenRoas;
        Allocation = allocation;
        Profit = profit;
        _curve = curve;
        Curve = Array.AsReadOnly(curve);
    }

    /// <summary>Gets the contribution-margin rate m.</summary>
    public decimal MarginRate { get; }

    /// <summary>Gets the break-even ROAS 1 / m, the marginal ROAS every interior channel spends down to.</summary>
    public decimal BreakEvenRoas { get; }

    /// <summary>Gets the profit-maximising total budget (the allocation's budget).</summary>
    public Money Budget => Allocation.Budget;

    /// <summary>Gets the split of the profit-maximising budget; its current columns compare with the current split.</summary>
    public BudgetAllocation Allocation { get; }

    /// <summary>Gets the profit after ad spend at the optimum, m x total response - budget.</summary>
    public Money Profit { get; }

    /// <summary>Gets the profit of the current split, m x current response - current spend.</summary>
    public Money CurrentProfit => (Allocation.CurrentResponse * MarginRate) - Allocation.CurrentSpend;

    /// <summary>Gets the profit curve around the optimum, in increasing budget.</summary>
    public IReadOnlyList<ProfitPoint> Curve { get; }

    /// <summary>Compares two plans by value.</summary>
    /// <param name="left">The first plan, or null.</param>
    /// <param name="right">The second plan, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(ProfitPlan? left, ProfitPlan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two plans by value.</summary>
    /// <param name="left">The first plan, or null.</param>
    /// <param name="right">The second plan, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProfitPlan? left, ProfitPlan? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(ProfitPlan? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (MarginRate == other.MarginRate && BreakEvenRoas == other.BreakEvenRoas && Allocation == other.Allocation
                && Profit == other.Profit && _curve.AsSpan().SequenceEqual(other._curve)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProfitPlan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MarginRate, Allocation, Profit);

    /// <summary>Returns the profit curve as CSV for a spreadsheet (RFC 4180, \n line ends): one line per budget on the curve.</summary>
    /// <returns>
    /// CSV text with the header <c>budget,response,profit,optimum,currency</c>: amounts at minor units without grouping or
    /// code, <c>optimum</c> <c>true</c> on the profit-maximising budget. The allocation at the optimum has its own
    /// <see cref="BudgetAllocation.ToCsv()"/>.
    /// </returns>
    public string ToCsv()
    {
        var rows = new List<string[]> { CsvHeader };
        foreach (var p in _curve)
        {
            rows.Add([Metrics.Display.Plain(p.Budget), Metrics.Display.Plain(p.Response), Metrics.Display.Plain(p.Profit), p.Budget == Budget ? "true" : "false", Budget.Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    /// <summary>Returns the plan as invariant text: a summary line, the allocation table and the profit curve table.</summary>
    /// <returns>The text; amounts at minor units with thousands grouped, the break-even ROAS to two decimals.</returns>
    public override string ToString()
    {
        var rows = new List<string[]> { CurveHeader };
        foreach (var p in _curve)
        {
            rows.Add([Metrics.Display.Money(p.Budget), Metrics.Display.Money(p.Response), Metrics.Display.Money(p.Profit), p.Budget == Budget ? "<- optimum" : string.Empty]);
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Profit-maximising budget at a {MarginRate * 100m:0.##}% margin (break-even ROAS {Metrics.Display.Ratio(BreakEvenRoas)}): {Metrics.Display.Money(Budget)}, profit {Metrics.Display.Money(Profit)} (current split: {Metrics.Display.Money(CurrentProfit)})\n{Allocation}\n{TextTable.Render(rows, CurveAlignment)}");
    }
}
