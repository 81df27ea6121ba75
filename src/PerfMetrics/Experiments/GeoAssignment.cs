using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>Which geos received the campaign change (treatment) and which did not (control) in a geo experiment.</summary>
/// <remarks>
/// A geo is in exactly one group: naming it in both throws; a geo in the data but in neither group makes
/// <see cref="TimeBasedRegression"/> throw (leave such geos out of the data instead). Ids are compared ordinally;
/// repeats within one group count once. Both lists are kept sorted ordinally. Equality compares both groups.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class GeoAssignment : IEquatable<GeoAssignment>, System.Numerics.IEqualityOperators<GeoAssignment, GeoAssignment, bool>
{
    private readonly Dictionary<string, bool> _isTreatment;

    /// <summary>Creates an assignment.</summary>
    /// <param name="treatment">The geos that received the change, at least one.</param>
    /// <param name="control">The geos that did not, at least one.</param>
    /// <exception cref="ArgumentNullException">A list or a geo in it is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, a geo is blank, or a geo is in both groups.</exception>
    public GeoAssignment(IEnumerable<string> treatment, IEnumerable<string> control)
    {
        Guard.NotNull(treatment);
        Guard.NotNull(control);
        _isTreatment = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var geo in treatment)
        {
            _isTreatment[RequireGeo(geo, nameof(treatment))] = true;
        }

        foreach (var geo in control)
        {
            RequireGeo(geo, nameof(control));
            if (_isTreatment.TryGetValue(geo, out var isTreatment) && isTreatment)
            {
                Guard.ThrowArgument(nameof(control), $"control must not name a treatment geo: a geo is in exactly one group, was \"{geo}\" in both.");
            }

            _isTreatment[geo] = false;
        }

        Treatment = [.. _isTreatment.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)];
        Control = [.. _isTreatment.Where(p => !p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)];
        if (Treatment.IsEmpty)
        {
            Guard.ThrowArgument(nameof(treatment), "treatment must name at least one geo, was empty.");
        }

        if (Control.IsEmpty)
        {
            Guard.ThrowArgument(nameof(control), "control must name at least one geo, was empty.");
        }
    }

    /// <summary>Gets the treatment geos, sorted ordinally.</summary>
    public ImmutableArray<string> Treatment { get; }

    /// <summary>Gets the control geos, sorted ordinally.</summary>
    public ImmutableArray<string> Control { get; }

    /// <summary>Returns invariant text such as <c>50 treatment geos, 50 control geos</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Treatment.Length} treatment geos, {Control.Length} control geos");

    /// <inheritdoc/>
    public bool Equals(GeoAssignment? other) =>
        other is not null && Treatment.SequenceEqual(other.Treatment, StringComparer.Ordinal) && Control.SequenceEqual(other.Control, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GeoAssignment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Treatment.Length, Control.Length, StringComparer.Ordinal.GetHashCode(Treatment[0]), StringComparer.Ordinal.GetHashCode(Control[0]));

    /// <summary>Compares two assignments by value.</summary>
    /// <param name="left">The first assignment, or null.</param>
    /// <param name="right">The second assignment, or null.</param>
    /// <returns><see langword="true"/> when both are null or their groups are equal.</returns>
    public static bool operator ==(GeoAssignment? left, GeoAssignment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two assignments by value.</summary>
    /// <param name="left">The first assignment, or null.</param>
    /// <param name="right">The second assignment, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GeoAssignment? left, GeoAssignment? right) => !(left == right);

    /// <summary>Whether <paramref name="geo"/> is a treatment geo; null when it is in neither group.</summary>
    internal bool? IsTreatment(string geo) => _isTreatment.TryGetValue(geo, out var t) ? t : null;

    internal static string RequireGeo(string? geo, string paramName)
    {
        if (geo is null)
        {
            throw new ArgumentNullException(paramName, paramName == "geo" ? "geo must not be null." : $"{paramName} must not hold a null geo.");
        }

        if (string.IsNullOrWhiteSpace(geo))
        {
            Guard.ThrowArgument(paramName, paramName == "geo" ? $"geo must be a non-blank id, was \"{geo}\"." : $"{paramName} must hold non-blank geo ids, was \"{geo}\".");
        }

        return geo;
    }
}
