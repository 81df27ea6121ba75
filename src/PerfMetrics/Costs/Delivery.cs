using System.Diagnostics;
using System.Numerics;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <summary>
/// What a campaign delivered in a period: impressions, clicks, leads, acquisitions and the revenue they brought.
/// </summary>
/// <remarks>
/// <para>
/// All counts are non-negative <see cref="long"/>s; revenue is non-negative. A zero count means none were reported (a
/// CPA affiliate may report acquisitions and no clicks). One relation always holds and is enforced: every click is on
/// a served impression, so when impressions are given (positive), clicks may not exceed them. Leads and acquisitions
/// are not tied to clicks or to each other: view-through conversions (after an impression, without a click), phone
/// orders and leads that never became sales make every order of those counts possible. <c>default(Delivery)</c> is
/// "nothing delivered": all counts zero and revenue <c>default(Money)</c>. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Delivery : IEquatable<Delivery>, IEqualityOperators<Delivery, Delivery, bool>
{
    private readonly long _impressions;
    private readonly long _clicks;
    private readonly long _leads;
    private readonly long _acquisitions;
    private readonly Money _revenue;

    /// <summary>Initializes a delivery.</summary>
    /// <param name="impressions">Ad impressions, non-negative.</param>
    /// <param name="clicks">Clicks, non-negative.</param>
    /// <param name="leads">Leads, non-negative.</param>
    /// <param name="acquisitions">Acquisitions (sales, new customers), non-negative.</param>
    /// <param name="revenue">Revenue of the acquisitions, non-negative; <c>default(Money)</c> when none is known.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count or the revenue is negative; or <paramref name="impressions"/> is positive and <paramref name="clicks"/>
    /// exceeds it.
    /// </exception>
    public Delivery(long impressions = 0, long clicks = 0, long leads = 0, long acquisitions = 0, Money revenue = default)
    {
        _impressions = Guard.NonNegative(impressions);
        _clicks = Guard.NonNegative(clicks);
        Guard.PartOfWhole(clicks, impressions, nameof(clicks), nameof(impressions), "every click is on a served impression; a zero means impressions were not reported");
        _leads = Guard.NonNegative(leads);
        _acquisitions = Guard.NonNegative(acquisitions);
        _revenue = MoneyGuard.NonNegative(revenue);
    }

    /// <summary>Gets the number of ad impressions.</summary>
    public long Impressions => _impressions;

    /// <summary>Gets the number of clicks.</summary>
    public long Clicks => _clicks;

    /// <summary>Gets the number of leads.</summary>
    public long Leads => _leads;

    /// <summary>Gets the number of acquisitions (sales, new customers).</summary>
    public long Acquisitions => _acquisitions;

    /// <summary>Gets the revenue; <c>default(Money)</c> when none was given.</summary>
    public Money Revenue => _revenue;

    /// <summary>Returns the delivery as invariant text, for example <c>impressions=10000 clicks=700 leads=0 acquisitions=14 revenue=1250.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant(
            $"impressions={_impressions} clicks={_clicks} leads={_leads} acquisitions={_acquisitions} revenue={_revenue}");

    /// <inheritdoc/>
    public bool Equals(Delivery other) =>
        _impressions == other._impressions && _clicks == other._clicks && _leads == other._leads
        && _acquisitions == other._acquisitions && _revenue == other._revenue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Delivery other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_impressions, _clicks, _leads, _acquisitions, _revenue);

    /// <summary>Compares two deliveries for equality.</summary>
    /// <param name="left">The first delivery.</param>
    /// <param name="right">The second delivery.</param>
    /// <returns><see langword="true"/> when every count and the revenue are equal.</returns>
    public static bool operator ==(Delivery left, Delivery right) => left.Equals(right);

    /// <summary>Compares two deliveries for inequality.</summary>
    /// <param name="left">The first delivery.</param>
    /// <param name="right">The second delivery.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Delivery left, Delivery right) => !left.Equals(right);
}
