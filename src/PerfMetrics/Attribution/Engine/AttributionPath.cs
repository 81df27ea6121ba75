using System.Diagnostics;
using System.Globalization;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// The path an <see cref="IAttributionModel"/> weighs: the channels touched, oldest first, and, for journeys, when each
/// touch and the conversion happened. A short-lived view the engine hands to the model; it cannot be stored.
/// </summary>
/// <remarks>
/// Paths from a <see cref="PathTable"/> have no timestamps (<see cref="HasTimestamps"/> is false) and
/// <see cref="TouchedAt"/> and <see cref="ConvertedAt"/> throw on them: a model that needs time, such as time decay, can
/// only attribute journeys.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly ref struct AttributionPath
{
    private readonly ReadOnlySpan<int> _ids;
    private readonly ReadOnlySpan<Channel> _channels;
    private readonly ReadOnlySpan<Instant> _touchedAt;
    private readonly Instant _convertedAt;
    private readonly bool _hasTimestamps;
    private readonly string _modelName;

    internal AttributionPath(ReadOnlySpan<int> ids, ReadOnlySpan<Channel> channels, string modelName)
    {
        _ids = ids;
        _channels = channels;
        _modelName = modelName;
    }

    internal AttributionPath(ReadOnlySpan<int> ids, ReadOnlySpan<Channel> channels, ReadOnlySpan<Instant> touchedAt, Instant convertedAt, string modelName)
    {
        _ids = ids;
        _channels = channels;
        _touchedAt = touchedAt;
        _convertedAt = convertedAt;
        _hasTimestamps = true;
        _modelName = modelName;
    }

    /// <summary>Gets the number of touches.</summary>
    public int Length => _ids.Length;

    /// <summary>Gets whether <see cref="TouchedAt"/> and <see cref="ConvertedAt"/> are known (journeys) or not (path tables).</summary>
    public bool HasTimestamps => _hasTimestamps;

    /// <summary>Gets the instant of the conversion.</summary>
    /// <exception cref="ArgumentException">The path comes from a path table, which has no timestamps (the message names the model).</exception>
    public Instant ConvertedAt
    {
        get
        {
            RequireTimestamps();
            return _convertedAt;
        }
    }

    /// <summary>Gets the channel ids of the touches (internal fast path for built-in models).</summary>
    internal ReadOnlySpan<int> ChannelIds => _ids;

    /// <summary>Gets the channel of one touch.</summary>
    /// <param name="index">The touch, 0 for the oldest.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Length"/> - 1.</exception>
    public Channel this[int index]
    {
        get
        {
            CheckIndex(index);
            return _channels[_ids[index]];
        }
    }

    /// <summary>Returns when one touch happened.</summary>
    /// <param name="index">The touch, 0 for the oldest.</param>
    /// <returns>The touch's instant; touches are in time order.</returns>
    /// <exception cref="ArgumentException">The path comes from a path table, which has no timestamps (the message names the model).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Length"/> - 1.</exception>
    public Instant TouchedAt(int index)
    {
        RequireTimestamps();
        CheckIndex(index);
        return _touchedAt[index];
    }

    /// <summary>Throws unless <paramref name="weights"/> has one entry per touch (the contract of <see cref="IAttributionModel.Weigh"/>).</summary>
    internal void CheckWeights(Span<double> weights)
    {
        if (weights.Length != _ids.Length)
        {
            Guard.ThrowArgument(
                nameof(weights),
                string.Create(CultureInfo.InvariantCulture, $"weights must have one entry per touch of the path ({_ids.Length}), had {weights.Length}."));
        }
    }

    /// <summary>Returns the path as text, for example <c>email &gt; search &gt; direct</c>.</summary>
    /// <returns>The channel names joined with <c> &gt; </c>.</returns>
    public override string ToString()
    {
        var names = new string[_ids.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _channels[_ids[i]].Name;
        }

        return string.Join(" > ", names);
    }

    private void CheckIndex(int index) => Guard.Index(index, _ids.Length, "touches in the path");

    private void RequireTimestamps()
    {
        if (!_hasTimestamps)
        {
            Guard.ThrowArgument(
                "model",
                $"model \"{_modelName}\" needs touch timestamps, which a path table does not have (path {Guard.Format(ToString())}); attribute the conversions (journeys) instead.");
        }
    }
}
