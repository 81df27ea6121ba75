using NodaTime;

namespace PerfMetrics.Tests;

public partial class ConversionTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 15, 12, 0);
    private static readonly Money Value = new(25m, Currency.Usd);

    private static Touchpoint Touch(string channel, int daysBefore) => new(new Channel(channel), At - Duration.FromDays(daysBefore));

    [Fact]
    public void Constructor_SortsTouchpointsByTime_TiesKeepInputOrder()
    {
        var conversion = new Conversion(At, Value, ConversionKind.Acquisition,
            [Touch("c", 0), Touch("a", 14), Touch("tie1", 7), Touch("tie2", 7), Touch("tie0", 7)]);
        Assert.Equal(["a", "tie1", "tie2", "tie0", "c"], conversion.Touchpoints.Select(t => t.Channel.Name));
    }

    [Fact]
    public void Constructor_TouchpointAtTheConversionInstant_IsAllowed() =>
        Assert.Single(new Conversion(At, Value, Touch("a", 0)).Touchpoints);

    [Fact]
    public void Constructor_TouchpointAfterTheConversion_ThrowsNamingTouchpoints()
    {
        var late = new Touchpoint(new Channel("late"), At + Duration.FromSeconds(1));
        var ex = Assert.Throws<ArgumentException>(() => new Conversion(At, Value, Touch("a", 1), late));
        Assert.Equal("touchpoints", ex.ParamName);
        Assert.Contains("touchpoints[1] must be at or before the conversion", ex.Message, StringComparison.Ordinal);
        Assert.Contains("late", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeValue_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Conversion(At, new Money(-1m, Currency.Usd)));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("value must be non-negative, was -1.00 USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OtherBadInput_Throws()
    {
        Assert.Equal("touchpoints", Assert.Throws<ArgumentNullException>(() => new Conversion(At, Value, ConversionKind.Lead, null!)).ParamName);
        Assert.Equal("touchpoints", Assert.Throws<ArgumentException>(() => new Conversion(At, Value, default(Touchpoint))).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new Conversion(At, Value, (ConversionKind)9, [])).ParamName);
    }

    [Fact]
    public void DefaultValueAndNoTouchpoints_AreAllowed()
    {
        var conversion = new Conversion(At, default(Money), ConversionKind.Lead, []);
        Assert.True(conversion.Value.IsDefault);
        Assert.Empty(conversion.Touchpoints);
        Assert.Equal(ConversionKind.Lead, conversion.Kind);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = new Conversion(At, Value, Touch("a", 2), Touch("b", 1));
        var same = new Conversion(At, Value, Touch("b", 1), Touch("a", 2));
        var other = new Conversion(At, Value, Touch("a", 2));
        Assert.True(a == same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a != other);
        Assert.False(a.Equals(null));
        Assert.Contains("a > b", a.ToString(), StringComparison.Ordinal);
    }
}

