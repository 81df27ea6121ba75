using NodaTime;

namespace PerfMetrics.Tests;

/// <summary>
/// Value equality pair by pair: each pair differs in exactly one field, so an equality that checked only some fields (or
/// joined them with "or") would call the pair equal. The property tests draw random values, which almost never differ in
/// one field only.
/// </summary>
public partial class ConversionTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static readonly Channel Email = new("email");
    private static readonly Channel Search = new("search");
    private static readonly Money TenUsd = new(10m, Currency.Usd);

    [Fact]
    public void Conversion_DiffersInOneField_IsNotEqual()
    {
        var touches = new[] { new Touchpoint(Email, T0), new Touchpoint(Search, T0.Plus(Duration.FromHours(1))) };
        var a = new Conversion(T0.Plus(Duration.FromHours(2)), TenUsd, ConversionKind.Acquisition, touches);
        Assert.Equal(a, new Conversion(T0.Plus(Duration.FromHours(2)), TenUsd, ConversionKind.Acquisition, touches));
        Assert.NotEqual(a, new Conversion(T0.Plus(Duration.FromHours(3)), TenUsd, ConversionKind.Acquisition, touches));
        Assert.NotEqual(a, new Conversion(T0.Plus(Duration.FromHours(2)), new Money(11m, Currency.Usd), ConversionKind.Acquisition, touches));
        Assert.NotEqual(a, new Conversion(T0.Plus(Duration.FromHours(2)), TenUsd, ConversionKind.Lead, touches));
        Assert.NotEqual(a, new Conversion(T0.Plus(Duration.FromHours(2)), TenUsd, ConversionKind.Acquisition, touches[..1]));
    }

    [Fact]
    public void Conversion_EqualityOperator_HandlesNullOnEitherSide()
    {
        var a = new Conversion(T0, TenUsd, new Touchpoint(Email, T0));
        Conversion? none = null;
        Assert.True(none == null);
        Assert.False(none == a);
        Assert.False(a == none);
        Assert.True(none != a);
    }

    [Fact]
    public void TouchpointsAtOneInstant_KeepTheirInputOrder()
    {
        // 40 touches at one instant: Array.Sort switches from insertion sort (stable) to introsort above 16 items, so
        // only the index tie-break keeps the input order. Expected: exactly the input order.
        var channels = Enumerable.Range(0, 40).Select(i => new Channel($"c{(i * 17) % 40:D2}")).ToArray();
        var conversion = new Conversion(T0.Plus(Duration.FromHours(1)), TenUsd, ConversionKind.Acquisition, channels.Select(c => new Touchpoint(c, T0)));
        Assert.Equal(channels, conversion.Touchpoints.Select(t => t.Channel));
    }

    [Fact]
    public void Conversion_WithoutTouchpoints_SaysNone()
    {
        var text = new Conversion(T0, TenUsd).ToString();
        Assert.EndsWith(" via (none)", text, StringComparison.Ordinal);
    }
}
