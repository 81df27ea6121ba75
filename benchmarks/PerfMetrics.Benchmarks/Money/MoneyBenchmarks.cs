using BenchmarkDotNet.Attributes;

namespace PerfMetrics.Benchmarks;

/// <summary>
/// Money arithmetic, comparison and allocation against the same work on raw decimal (the baselines).
/// Target (SPEC §7): zero allocations for arithmetic and comparison, within 2x of raw decimal.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class MoneyBenchmarks
{
    private const int N = 1000;

    private readonly decimal[] _amounts = new decimal[N];
    private readonly Money[] _money = new Money[N];
    private readonly decimal[] _ratios = [0.4m, 0.1m, 0.1m, 0.4m, 0.25m, 1m / 3m, 2m];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var i = 0; i < N; i++)
        {
            _amounts[i] = random.Next(1, 10_000_000) / 100m;
            _money[i] = new Money(_amounts[i], Currency.Usd);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    [BenchmarkCategory("Add")]
    public decimal AddDecimal()
    {
        var sum = 0m;
        foreach (var amount in _amounts)
        {
            sum += amount;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    [BenchmarkCategory("Add")]
    public Money AddMoney()
    {
        var sum = Money.Zero(Currency.Usd);
        foreach (var money in _money)
        {
            sum += money;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    [BenchmarkCategory("Multiply")]
    public decimal MultiplyDecimal()
    {
        var sum = 0m;
        foreach (var amount in _amounts)
        {
            sum += amount * 1.07m;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    [BenchmarkCategory("Multiply")]
    public Money MultiplyMoney()
    {
        var sum = Money.Zero(Currency.Usd);
        foreach (var money in _money)
        {
            sum += money * 1.07m;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    [BenchmarkCategory("Compare")]
    public int CompareDecimal()
    {
        var count = 0;
        var previous = _amounts[0];
        foreach (var amount in _amounts)
        {
            count += amount < previous ? 1 : 0;
            previous = amount;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = N)]
    [BenchmarkCategory("Compare")]
    public int CompareMoney()
    {
        var count = 0;
        var previous = _money[0];
        foreach (var money in _money)
        {
            count += money < previous ? 1 : 0;
            previous = money;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Allocate")]
    public decimal[] AllocateDecimal()
    {
        // The naive way with raw decimal: round each share to cents (may lose or gain a cent).
        var total = _amounts[7];
        var sum = 0m;
        foreach (var ratio in _ratios)
        {
            sum += ratio;
        }

        var parts = new decimal[_ratios.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = decimal.Round(total * _ratios[i] / sum, 2);
        }

        return parts;
    }

    [Benchmark]
    [BenchmarkCategory("Allocate")]
    public Money[] AllocateMoney() => _money[7].Allocate(_ratios);

    [Benchmark]
    [BenchmarkCategory("Allocate")]
    public Money[] SplitMoney() => _money[7].Split(_ratios.Length);

    [Benchmark]
    [BenchmarkCategory("Format")]
    public int FormatMoney()
    {
        Span<char> buffer = stackalloc char[64];
        return _money[7].TryFormat(buffer, out var written, default, null) ? written : -1;
    }

    [Benchmark]
    [BenchmarkCategory("Format")]
    public Money ParseMoney() => Money.Parse("12345.67 USD".AsSpan(), null);

}
