namespace PerfMetrics.Attribution;

/// <summary>What <see cref="JourneyBuilder"/> made of two event logs: the path table, the report on every input row, and the time lag of the converting journeys.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JourneyBuild
{
    internal JourneyBuild(PathTable table, JourneyBuildReport report, TimeLagReport timeLag)
    {
        Table = table;
        Report = report;
        TimeLag = timeLag;
    }

    /// <summary>Gets the path table: one row per distinct channel sequence, its conversions, value and nulls.</summary>
    public PathTable Table { get; }

    /// <summary>Gets what happened to every input row.</summary>
    public JourneyBuildReport Report { get; }

    /// <summary>Gets the time from the first touch to the conversion of every journey that had a touch (direct conversions have none).</summary>
    public TimeLagReport TimeLag { get; }

    /// <summary>Returns the table's description and the report.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => $"{Table}\n{Report}";
}
