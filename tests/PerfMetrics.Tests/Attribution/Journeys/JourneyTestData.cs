using System.Globalization;
using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>Small helpers to write hand-worked event logs: instants as days (and hours) after an epoch, tables as sorted text rows.</summary>
internal static class JourneyTestData
{
    internal static readonly Instant Epoch = Instant.FromUtc(2026, 3, 1, 0, 0);
    internal static readonly Currency Usd = Currency.Usd;

    internal static Instant Day(double days) => Epoch + Duration.FromSeconds(days * 86_400d);

    internal static TouchEvent Click(string user, double day, string channel) => new(user, Day(day), new Channel(channel), InteractionKind.Click);

    internal static TouchEvent View(string user, double day, string channel) => new(user, Day(day), new Channel(channel), InteractionKind.Impression);

    internal static ConversionEvent Buy(string user, double day, decimal value, string? order = null) => new(user, Day(day), new Money(value, Usd), order);

    /// <summary>The table as sorted lines <c>path: conversions, value, nulls</c>, independent of row and channel order.</summary>
    internal static string[] Rows(PathTable table) =>
        [.. table.Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{string.Join(" > ", r.Path.Select(c => c.Name))}: {r.Conversions}, {r.Value.Amount}, {r.Nulls}")).Order(StringComparer.Ordinal)];

    internal static JourneyBuild Build(IEnumerable<TouchEvent> touches, IEnumerable<ConversionEvent> conversions, JourneyOptions? options = null) =>
        JourneyBuilder.Build(touches, conversions, Usd, options);
}
