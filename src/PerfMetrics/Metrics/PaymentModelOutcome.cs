using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// What one payment model would mean for the advertiser on a forecast delivery: its cost, the effective CPA, the profit
/// left after paying it, and the verdict. One row of <see cref="PaymentModelComparison"/>.
/// </summary>
/// <remarks>
/// <c>default(PaymentModelOutcome)</c> holds <c>default(PaymentModel)</c>, zero amounts, an undefined CPA and
/// <see cref="ProfitVerdict.Undefined"/>. Equality compares every value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct PaymentModelOutcome : IEquatable<PaymentModelOutcome>
{
    private readonly PaymentModel _model;
    private readonly Money _cost;
    private readonly Money? _effectiveCpa;
    private readonly Money _grossProfit;
    private readonly ProfitVerdict _verdict;

    internal PaymentModelOutcome(PaymentModel model, Money cost, Money? effectiveCpa, Money grossProfit, ProfitVerdict verdict)
    {
        _model = model;
        _cost = cost;
        _effectiveCpa = effectiveCpa;
        _grossProfit = grossProfit;
        _verdict = verdict;
    }

    /// <summary>Gets the payment model.</summary>
    public PaymentModel Model => _model;

    /// <summary>Gets what the model costs on the forecast delivery (<see cref="PaymentModel.Cost(Delivery)"/>), not rounded.</summary>
    public Money Cost => _cost;

    /// <summary>Gets the cost per acquisition under this model, cost / acquisitions; <see langword="null"/> when the forecast has no acquisitions.</summary>
    public Money? EffectiveCpa => _effectiveCpa;

    /// <summary>Gets the margin the forecast earns before paying for advertising (the same for every model).</summary>
    public Money GrossProfit => _grossProfit;

    /// <summary>Gets the advertiser's profit after paying this model: gross profit - cost.</summary>
    public Money AdvertiserProfit => _grossProfit - _cost;

    /// <summary>Gets the verdict: the sign of <see cref="AdvertiserProfit"/>, or undefined when the forecast has no acquisitions.</summary>
    public ProfitVerdict Verdict => _verdict;

    /// <summary>Returns invariant text at display precision (docs/design.md, "Display"), for example <c>CPC 0.50 USD: cost 350.00 USD, effective CPA 25.00 USD, profit 182.00 USD (Profitable)</c>.</summary>
    /// <returns>The text, the model's rate and every amount rounded to minor units and grouped. The properties stay exact.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Display.Model(_model)}: cost {Display.Money(_cost)}, effective CPA {(_effectiveCpa is { } cpa ? Display.Money(cpa) : "undefined")}, profit {Display.Money(AdvertiserProfit)} ({_verdict})");

    /// <inheritdoc/>
    public bool Equals(PaymentModelOutcome other) =>
        _model == other._model && _cost == other._cost && _effectiveCpa == other._effectiveCpa
        && _grossProfit == other._grossProfit && _verdict == other._verdict;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PaymentModelOutcome other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_model, _cost, _effectiveCpa, _grossProfit, _verdict);

    /// <summary>Compares two outcomes for equality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when all values are equal.</returns>
    public static bool operator ==(PaymentModelOutcome left, PaymentModelOutcome right) => left.Equals(right);

    /// <summary>Compares two outcomes for inequality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PaymentModelOutcome left, PaymentModelOutcome right) => !left.Equals(right);
}
