using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// Shared tables and checks of the attribution extreme-value tests (the Attribution XTests.Extremes.cs partials, issue 8
/// item 2), imported with <c>using static</c>: a 100,000-touch path, 1,000 channels, 10,000,000 conversions, values near
/// the limits of decimal, and the SPEC §4 conservation check.
/// </summary>
internal static class AttributionExtremes
{
    internal const int LongPath = 100_000;
    internal const int ManyChannels = 1_000;
    internal static readonly Currency Usd = Currency.Usd;

    /// <summary>Ten channels c0..c9 cycled: touch i is c(i mod 10).</summary>
    internal static readonly Channel[] Ten = [.. Enumerable.Range(0, 10).Select(i => new Channel($"c{i}"))];

    internal static readonly IAttributionModel[] RuleBased =
    [
        AttributionModels.FirstTouch,
        AttributionModels.LastTouch,
        AttributionModels.LastNonDirect(),
        AttributionModels.Linear,
        AttributionModels.PositionBased(),
        AttributionModels.SimplifiedShapley,
    ];

    // ---- A path of 100,000 touches ----------------------------------------------------------------------------------

    /// <summary>One path of 100,000 touches cycling c0..c9 (1 conversion, 100.00 USD, 1 null) plus a short path c3 (1 conversion, 0.01).</summary>
    internal static PathTable LongPathTable()
    {
        var builder = new PathTableBuilder(Usd);
        builder.Add(Enumerable.Range(0, LongPath).Select(i => Ten[i % 10]), 1d, new Money(100.00m, Usd), 1d);
        builder.Add([Ten[3]], 1d, new Money(0.01m, Usd), 0d);
        return builder.ToPathTable();
    }

    // ---- 1,000 channels ---------------------------------------------------------------------------------------------

    /// <summary>
    /// 1,000 channels k000..k999. Row i (i = 0..999): k(i) > k(i+1) > k(i+7) (indices mod 1,000), conversions i mod 3,
    /// value (i + 1) cents when it converts, 1 null. Total conversions = 333 x 1 + 333 x 2 = 999; the value is the sum of
    /// (i + 1) cents over the converting rows.
    /// </summary>
    internal static (PathTable Table, double Conversions, decimal Value) ManyChannelTable()
    {
        var channels = Enumerable.Range(0, ManyChannels).Select(i => new Channel($"k{i:D3}")).ToArray();
        var builder = new PathTableBuilder(Usd);
        var value = 0m;
        for (var i = 0; i < ManyChannels; i++)
        {
            var conversions = i % 3;
            var rowValue = conversions > 0 ? (i + 1) / 100m : 0m;
            value += rowValue;
            builder.Add([channels[i], channels[(i + 1) % ManyChannels], channels[(i + 7) % ManyChannels]], conversions, new Money(rowValue, Usd), 1d);
        }

        return (builder.ToPathTable(), 999d, value);
    }

    // ---- 10 million conversions in one row --------------------------------------------------------------------------

    /// <summary>
    /// a > b > c with 10,000,000 conversions worth 1,234,500,000.00 USD (123.45 each) and 5,000,000 nulls; c with
    /// 1 conversion worth 0.05. Totals: 10,000,001 conversions (exact in a double, below 2^53), 1,234,500,000.05 USD.
    /// </summary>
    internal static PathTable TenMillionTable()
    {
        var builder = new PathTableBuilder(Usd);
        builder.Add([new Channel("a"), new Channel("b"), new Channel("c")], 10_000_000d, new Money(1_234_500_000.00m, Usd), 5_000_000d);
        builder.Add([new Channel("c")], 1d, new Money(0.05m, Usd), 0d);
        return builder.ToPathTable();
    }

    // ---- Values near the limits of decimal ----------------------------------------------------------------------------

    /// <summary>Two rows a > b (1 conversion) and b (2 conversions) whose values add up to <paramref name="total"/>.</summary>
    internal static PathTable HugeValueTable(Currency currency, decimal total)
    {
        var first = decimal.Round(total / 3m, currency.MinorUnits, MidpointRounding.ToZero);
        var builder = new PathTableBuilder(currency);
        builder.Add([new Channel("a"), new Channel("b")], 1d, new Money(first, currency), 1d);
        builder.Add([new Channel("b")], 2d, new Money(total - first, currency), 0d);
        return builder.ToPathTable();
    }

    /// <summary>SPEC §4 invariants: conversions sum to the total (relative 1e-9), value exactly to the rounded total, nothing negative.</summary>
    internal static void AssertConserves(AttributionResult result, double conversions, decimal value)
    {
        Assert.Equal(conversions, result.TotalConversions);
        var credited = result.Channels.Sum(c => c.Conversions);
        Assert.True(Math.Abs(credited - conversions) <= 1e-9 * conversions, $"{result.ModelName}: credited {credited} of {conversions} conversions.");
        Assert.Equal(value, result.TotalValue.Amount);
        Assert.Equal(value, result.Channels.Sum(c => c.Value.Amount));
        Assert.All(result.Channels, c =>
        {
            Assert.True(c.Conversions >= 0d && double.IsFinite(c.Conversions), $"{result.ModelName}: {c}");
            Assert.True(c.Value.Amount >= 0m, $"{result.ModelName}: {c}");
        });
    }
}
