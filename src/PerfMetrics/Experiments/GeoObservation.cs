using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PerfMetrics.Experiments;

/// <summary>One geo's response (sales, conversions, sign-ups: any additive daily metric) on one day, the input of <see cref="TimeBasedRegression"/>.</summary>
/// <remarks>
/// The response is a <see cref="decimal"/> so that sales in a currency are summed exactly per group and day before the
/// regression works in <see cref="double"/>. The geo id is compared ordinally. <c>default(GeoObservation)</c> has no geo
/// (null) and is rejected by the analysis. Equality compares geo, date and response. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct GeoObservation : IEquatable<GeoObservation>, System.Numerics.IEqualityOperators<GeoObservation, GeoObservation, bool>
{
    /// <summary>Creates one geo-day observation.</summary>
    /// <param name="geo">The geo's id (a region, DMA, city or postcode area), not empty or white space.</param>
    /// <param name="date">The day.</param>
    /// <param name="response">The day's response in the geo.</param>
    /// <exception cref="ArgumentNullException"><paramref name="geo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="geo"/> is empty or white space.</exception>
    public GeoObservation(string geo, LocalDate date, decimal response)
    {
        Geo = GeoAssignment.RequireGeo(geo, nameof(geo));
        Date = date;
        Response = response;
    }

    /// <summary>Gets the geo's id.</summary>
    public string Geo { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the day's response in the geo.</summary>
    public decimal Response { get; }

    /// <summary>Returns invariant text such as <c>geo 17 on 2015-01-05: 7227.32</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"geo {Geo ?? "(none)"} on {LocalDatePattern.Iso.Format(Date)}: {Response}");

    /// <inheritdoc/>
    public bool Equals(GeoObservation other) => string.Equals(Geo, other.Geo, StringComparison.Ordinal) && Date == other.Date && Response == other.Response;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GeoObservation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Geo is null ? 0 : StringComparer.Ordinal.GetHashCode(Geo), Date, Response);

    /// <summary>Compares two observations for equality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when geo, date and response are equal.</returns>
    public static bool operator ==(GeoObservation left, GeoObservation right) => left.Equals(right);

    /// <summary>Compares two observations for inequality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GeoObservation left, GeoObservation right) => !left.Equals(right);
}
