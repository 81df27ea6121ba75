using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics;

/// <summary>The kinds of <see cref="PaymentModel"/>: what the advertiser pays for.</summary>
public enum PaymentModelKind
{
    /// <summary>Cost per click: a rate per click.</summary>
    Cpc = 1,

    /// <summary>Cost per mille: a rate per thousand impressions.</summary>
    Cpm = 2,

    /// <summary>Cost per lead: a rate per lead.</summary>
    Cpl = 3,

    /// <summary>Cost per acquisition: a rate per sale or new customer.</summary>
    Cpa = 4,

    /// <summary>Revenue share: a share of the revenue (common with affiliates).</summary>
    RevenueShare = 5,

    /// <summary>A flat fee for the period, whatever is delivered (common with influencers).</summary>
    FlatFee = 6,

    /// <summary>The sum of several models, for example a flat fee plus a revenue share.</summary>
    Hybrid = 7,
}

/// <summary>
/// How a publisher or network is paid: per click (CPC), per thousand impressions (CPM), per lead (CPL), per acquisition
/// (CPA), a revenue share, a flat fee, or a hybrid of these. A closed set built by factories.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Cost(Delivery)"/> applies the model to what a campaign delivered: CPC rate x clicks, CPM rate x
/// impressions / 1000, CPL rate x leads, CPA rate x acquisitions, share x revenue, the fee, or the sum of a hybrid's
/// parts. Costs are exact (not rounded). All money rates of a model share one currency.
/// </para>
/// <para>
/// <c>default(PaymentModel)</c> is no model: its <see cref="Kind"/> is not a defined value and <see cref="Cost(Delivery)"/>
/// throws <see cref="InvalidOperationException"/>. Equality compares kind, rate, share and parts. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly partial struct PaymentModel : IEquatable<PaymentModel>, IEqualityOperators<PaymentModel, PaymentModel, bool>
{
    private readonly PaymentModelKind _kind;
    private readonly Money _rate;
    private readonly decimal _share;
    private readonly ImmutableArray<PaymentModel> _parts;

    private PaymentModel(PaymentModelKind kind, Money rate, decimal share, ImmutableArray<PaymentModel> parts)
    {
        _kind = kind;
        _rate = rate;
        _share = share;
        _parts = parts;
    }

    /// <summary>Gets what the model pays for.</summary>
    public PaymentModelKind Kind => _kind;

    /// <summary>Gets the money rate: per click, per thousand impressions, per lead, per acquisition, or the flat fee; <c>default(Money)</c> for revenue share and hybrid.</summary>
    public Money Rate => _rate;

    /// <summary>Gets the revenue share in [0, 1] for <see cref="PaymentModelKind.RevenueShare"/>; 0 for other kinds.</summary>
    public decimal Share => _share;

    /// <summary>Gets the parts of a <see cref="PaymentModelKind.Hybrid"/> (never themselves hybrid); empty for other kinds.</summary>
    public ImmutableArray<PaymentModel> Parts => _parts.IsDefault ? [] : _parts;

    /// <summary>Creates a cost-per-click model.</summary>
    /// <param name="perClick">The price of one click, non-negative, in a real currency.</param>
    /// <returns>The model.</returns>
    /// <example><c>PaymentModel.Cpc(new Money(0.50m, Currency.Usd))</c> costs 350.00 USD for 700 clicks.</example>
    /// <exception cref="ArgumentException"><paramref name="perClick"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perClick"/> is negative.</exception>
    public static PaymentModel Cpc(Money perClick) => Rated(PaymentModelKind.Cpc, perClick, nameof(perClick));

    /// <summary>Creates a cost-per-mille (per thousand impressions) model.</summary>
    /// <param name="perThousand">The price of 1,000 impressions, non-negative, in a real currency.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException"><paramref name="perThousand"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perThousand"/> is negative.</exception>
    public static PaymentModel Cpm(Money perThousand) => Rated(PaymentModelKind.Cpm, perThousand, nameof(perThousand));

    /// <summary>Creates a cost-per-lead model.</summary>
    /// <param name="perLead">The price of one lead, non-negative, in a real currency.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException"><paramref name="perLead"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perLead"/> is negative.</exception>
    public static PaymentModel Cpl(Money perLead) => Rated(PaymentModelKind.Cpl, perLead, nameof(perLead));

    /// <summary>Creates a cost-per-acquisition model.</summary>
    /// <param name="perAcquisition">The price of one acquisition, non-negative, in a real currency.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException"><paramref name="perAcquisition"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perAcquisition"/> is negative.</exception>
    public static PaymentModel Cpa(Money perAcquisition) => Rated(PaymentModelKind.Cpa, perAcquisition, nameof(perAcquisition));

    /// <summary>Creates a flat-fee model: the fee is due whatever is delivered.</summary>
    /// <param name="fee">The fee, non-negative, in a real currency.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException"><paramref name="fee"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fee"/> is negative.</exception>
    public static PaymentModel FlatFee(Money fee) => Rated(PaymentModelKind.FlatFee, fee, nameof(fee));

    /// <summary>Creates a revenue-share model.</summary>
    /// <param name="share">The share of revenue paid, from 0 to 1 (0.10 is 10%).</param>
    /// <returns>The model.</returns>
    /// <example>A 10% share of 1,250.00 USD revenue costs 125.00 USD.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside [0, 1].</exception>
    public static PaymentModel RevenueShare(decimal share) =>
        new(PaymentModelKind.RevenueShare, default, Rates.Share(share), default);

    /// <summary>Creates a hybrid model that pays the sum of its parts (for example a flat fee plus a revenue share).</summary>
    /// <param name="parts">At least one model; nested hybrids are flattened; all money rates must share one currency.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty or contains <c>default(PaymentModel)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">Two parts have money rates in different currencies.</exception>
    public static PaymentModel Hybrid(params PaymentModel[] parts)
    {
        Guard.NotNull(parts);
        if (parts.Length == 0)
        {
            Guard.ThrowArgument(nameof(parts), "parts must contain at least one payment model, was empty.");
        }

        var flat = ImmutableArray.CreateBuilder<PaymentModel>();
        var currency = default(Currency);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part._kind == 0)
            {
                Guard.ThrowArgument(nameof(parts), $"parts[{i}] must be a payment model, was default(PaymentModel).");
            }

            foreach (var leaf in part._kind == PaymentModelKind.Hybrid ? part._parts : [part])
            {
                var leafCurrency = leaf._rate.Currency;
                if (!leafCurrency.IsDefault)
                {
                    if (!currency.IsDefault && currency != leafCurrency)
                    {
                        throw new CurrencyMismatchException(currency, leafCurrency, $"{nameof(parts)}[{i}]");
                    }

                    currency = leafCurrency;
                }

                flat.Add(leaf);
            }
        }

        return new PaymentModel(PaymentModelKind.Hybrid, default, 0m, flat.ToImmutable());
    }

    /// <summary>Returns what the model costs for a delivery.</summary>
    /// <param name="delivery">What was delivered.</param>
    /// <returns>
    /// The exact cost: CPC rate x clicks, CPM rate x impressions / 1000, CPL rate x leads, CPA rate x acquisitions,
    /// share x revenue (<c>default(Money)</c> when the delivery has no revenue), the flat fee, or a hybrid's sum.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PaymentModel)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">A hybrid combines a money rate with a revenue share in another currency.</exception>
    /// <exception cref="OverflowException">The cost overflows <see cref="decimal"/>.</exception>
    public Money Cost(Delivery delivery)
    {
        if (_kind == 0)
        {
            Guard.ThrowInvalidOperation("Cost needs a payment model, but this is default(PaymentModel). Create one with PaymentModel.Cpc, Cpm, Cpl, Cpa, RevenueShare, FlatFee or Hybrid.");
        }

        return _kind switch
        {
            PaymentModelKind.Cpc => _rate * delivery.Clicks,
            PaymentModelKind.Cpm => _rate * delivery.Impressions / 1000m,
            PaymentModelKind.Cpl => _rate * delivery.Leads,
            PaymentModelKind.Cpa => _rate * delivery.Acquisitions,
            PaymentModelKind.RevenueShare => delivery.Revenue * _share,
            PaymentModelKind.FlatFee => _rate,
            PaymentModelKind.Hybrid => SumOfParts(delivery),
        };
    }

    /// <summary>Returns invariant text such as <c>CPC 0.50 USD</c>, <c>RevenueShare 0.1</c> or <c>Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)</c>.</summary>
    /// <returns>
    /// The exact round-trip text that <see cref="Parse(string, IFormatProvider?)"/> reads back: money in its round-trip form
    /// (<see cref="Money.ToString()"/>: every significant digit, trailing zeros beyond the minor digits dropped, so a rate of
    /// 0.750 USD prints <c>CPC 0.75 USD</c>) and the share with its trailing zeros dropped (0.20 prints <c>0.2</c>);
    /// <c>None</c> for <c>default(PaymentModel)</c>. Tables show a model at display precision (<c>RevShare 20%</c>).
    /// </returns>
    public override string ToString() => _kind switch
    {
        0 => "None",
        PaymentModelKind.Cpc => "CPC " + _rate.ToString(),
        PaymentModelKind.Cpm => "CPM " + _rate.ToString(),
        PaymentModelKind.Cpl => "CPL " + _rate.ToString(),
        PaymentModelKind.Cpa => "CPA " + _rate.ToString(),
        PaymentModelKind.FlatFee => "FlatFee " + _rate.ToString(),
        PaymentModelKind.RevenueShare => "RevenueShare " + Internal.DecimalBits.TrimTrailingZeros(_share, 0).ToString(CultureInfo.InvariantCulture),
        PaymentModelKind.Hybrid => "Hybrid(" + string.Join(" + ", _parts.Select(p => p.ToString())) + ")",
    };

    /// <inheritdoc/>
    public bool Equals(PaymentModel other) =>
        _kind == other._kind && _rate == other._rate && _share == other._share
        && Parts.AsSpan().SequenceEqual(other.Parts.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PaymentModel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _rate, _share, Parts.Length);

    /// <summary>Compares two models for equality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when kind, rate, share and parts are equal.</returns>
    public static bool operator ==(PaymentModel left, PaymentModel right) => left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PaymentModel left, PaymentModel right) => !left.Equals(right);

    private static PaymentModel Rated(PaymentModelKind kind, Money rate, string paramName)
    {
        if (rate.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be in a currency, was default(Money).");
        }

        if (rate.Amount < 0m)
        {
            Guard.ThrowOutOfRange(paramName, rate, "must be non-negative");
        }

        return new PaymentModel(kind, rate, 0m, default);
    }

    private Money SumOfParts(Delivery delivery)
    {
        var total = default(Money);
        foreach (var part in _parts)
        {
            total += part.Cost(delivery);
        }

        return total;
    }
}
