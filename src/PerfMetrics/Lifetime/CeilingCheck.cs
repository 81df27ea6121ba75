using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The answer to "is this cost per acquisition (CPA) within our LTV-based CPA ceiling, and by how much?".</summary>
/// <remarks>
/// Built by <see cref="CpaCeiling.Check(Money, Money)"/>. <see cref="Headroom"/> is exact (<c>ceiling - CPA</c>, negative
/// above the ceiling); <see cref="Verdict"/> compares CPA and ceiling exactly, with no tolerance (its sign is the sign of
/// the headroom). <c>default(CeilingCheck)</c>
/// holds currency-less zeros with the verdict <see cref="CeilingVerdict.WithinCeiling"/> and a null share; it is not a
/// result of any check. Equality compares every member. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct CeilingCheck : IEquatable<CeilingCheck>
{
    internal CeilingCheck(Money cpa, Money ceiling, Money headroom, decimal? headroomShare, CeilingVerdict verdict)
    {
        Cpa = cpa;
        Ceiling = ceiling;
        Headroom = headroom;
        HeadroomShare = headroomShare;
        Verdict = verdict;
    }

    /// <summary>Gets the observed cost per acquisition.</summary>
    public Money Cpa { get; }

    /// <summary>Gets the CPA ceiling checked against.</summary>
    public Money Ceiling { get; }

    /// <summary>Gets <c>Ceiling - Cpa</c>, exact: positive when there is room to spend more, negative above the ceiling.</summary>
    public Money Headroom { get; }

    /// <summary>Gets the headroom as a share of the ceiling (<c>Headroom / Ceiling</c>); null when the ceiling is zero.</summary>
    public decimal? HeadroomShare { get; }

    /// <summary>Gets where the CPA stands against the ceiling.</summary>
    public CeilingVerdict Verdict { get; }

    /// <summary>Returns the check as invariant text at display precision (docs/design.md, "Display"; the properties stay exact), for example <c>WithinCeiling: CPA 25.00 USD, ceiling 98.50 USD, headroom 73.50 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Verdict}: CPA {Metrics.Display.Money(Cpa)}, ceiling {Metrics.Display.Money(Ceiling)}, headroom {Metrics.Display.Money(Headroom)}");

    /// <inheritdoc/>
    public bool Equals(CeilingCheck other) =>
        Cpa == other.Cpa && Ceiling == other.Ceiling && Headroom == other.Headroom
        && HeadroomShare == other.HeadroomShare && Verdict == other.Verdict;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CeilingCheck other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cpa, Ceiling, Headroom, HeadroomShare, Verdict);

    /// <summary>Compares two checks for equality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(CeilingCheck left, CeilingCheck right) => left.Equals(right);

    /// <summary>Compares two checks for inequality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CeilingCheck left, CeilingCheck right) => !left.Equals(right);
}
