using NodaTime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests;

/// <summary>Bad-input rows for the conversion values: <see cref="Channel"/>, <see cref="Touchpoint"/> and <see cref="Conversion"/> (SPEC §2).</summary>
internal static class ConversionsBadInputs
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Money MinusOneUsd = new(-1m, Usd);
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly Channel Email = new("email");
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Channel
        yield return Row.Throws<ArgumentNullException>("new Channel(string)", Null, "null name", () => new Channel(null!), "name", "null");
        yield return Row.Throws<ArgumentException>("new Channel(string)", Empty, "empty name", () => new Channel(string.Empty), "name", "must not be empty or white space");
        yield return Row.Throws<ArgumentException>("new Channel(string)", Empty, "white space name", () => new Channel(" \t"), "name", "must not be empty or white space");
        yield return Row.Throws<ArgumentNullException>("Channel.Parse(string, IFormatProvider?)", Null, "null text", () => Channel.Parse(null!), "s", "null");
        yield return Row.Throws<FormatException>("Channel.Parse(string, IFormatProvider?)", Empty, "white space text", () => Channel.Parse("   "), null, "must be a non-empty channel name");
        yield return Row.Throws<FormatException>("Channel.Parse(ReadOnlySpan<char>, IFormatProvider?)", Empty, "empty text", () => Channel.Parse(ReadOnlySpan<char>.Empty), null, "must be a non-empty channel name");

        // Touchpoint
        yield return Row.Throws<ArgumentException>("new Touchpoint(Channel, Instant, InteractionKind)", DefaultStruct, "default channel", () => new Touchpoint(default, Noon), "channel", "must name a channel");
        yield return Row.Throws<ArgumentException>("new Touchpoint(Channel, Instant, InteractionKind)", OutOfRange, "undefined kind", () => new Touchpoint(Email, Noon, (InteractionKind)7), "kind", "must be a defined InteractionKind");

        // Conversion
        yield return Row.Throws<ArgumentNullException>("new Conversion(Instant, Money, ConversionKind, IEnumerable<Touchpoint>)", Null, "null touchpoints", () => new Conversion(Noon, TenUsd, ConversionKind.Acquisition, null!), "touchpoints", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Conversion(Instant, Money, ConversionKind, IEnumerable<Touchpoint>)", Negative, "negative value", () => new Conversion(Noon, MinusOneUsd, ConversionKind.Acquisition, []), "value", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new Conversion(Instant, Money, ConversionKind, IEnumerable<Touchpoint>)", OutOfRange, "undefined kind", () => new Conversion(Noon, TenUsd, (ConversionKind)9, []), "kind", "must be a defined ConversionKind");
        yield return Row.Throws<ArgumentException>("new Conversion(Instant, Money, ConversionKind, IEnumerable<Touchpoint>)", Inconsistent, "touch after the conversion", () => new Conversion(Noon, TenUsd, ConversionKind.Lead, [new Touchpoint(Email, Noon + Duration.FromSeconds(1))]), "touchpoints", "must be at or before the conversion");
        yield return Row.Throws<ArgumentException>("new Conversion(Instant, Money, ConversionKind, IEnumerable<Touchpoint>)", DefaultStruct, "default touchpoint", () => new Conversion(Noon, TenUsd, ConversionKind.Lead, [default(Touchpoint)]), "touchpoints", "must name a channel");
        yield return Row.Throws<ArgumentNullException>("new Conversion(Instant, Money, Touchpoint[])", Null, "null touchpoints", () => new Conversion(Noon, TenUsd, (Touchpoint[])null!), "touchpoints", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Conversion(Instant, Money, Touchpoint[])", Negative, "negative value", () => new Conversion(Noon, MinusOneUsd), "value", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new Conversion(Instant, Money, Touchpoint[])", Inconsistent, "touch after the conversion", () => new Conversion(Noon, TenUsd, new Touchpoint(Email, Noon), new Touchpoint(Email, Noon + Duration.FromDays(1))), "touchpoints", "must be at or before the conversion");
    }

    internal static IEnumerable<TryBadInputRow> TryRows()
    {
        yield return Row.False("Channel.TryParse(string?, IFormatProvider?, out Channel)", Null, "null text", () => Channel.TryParse(null, null, out _));
        yield return Row.False("Channel.TryParse(string?, IFormatProvider?, out Channel)", Empty, "white space", () => Channel.TryParse("  ", null, out _));
        yield return Row.False("Channel.TryParse(ReadOnlySpan<char>, IFormatProvider?, out Channel)", Empty, "empty text", () => Channel.TryParse(ReadOnlySpan<char>.Empty, null, out _));
    }
}
