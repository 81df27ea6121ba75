using NodaTime;

namespace PerfMetrics.Tests;

/// <summary>
/// Value equality of Touchpoint, Conversion and Spend, pair by pair: each pair differs in exactly one field, so an
/// equality that checked only some fields (or joined them with "or") would call the pair equal. The property tests draw
/// random values, which almost never differ in one field only. Also the tie order of touchpoints at one instant and
/// the small texts that only a reader sees.
/// </summary>
public sealed class OneFieldApartTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static readonly Channel Email = new("email");
    private static readonly Channel Search = new("search");
    private static readonly Money TenUsd = new(10m, Currency.Usd);

    [Fact]
    public void Touchpoint_DiffersInOneField_IsNotEqual()
    {
        // The whole contract (Equals, ==, !=, hash of the equal pair) against each one-field change.
        var a = new Touchpoint(Email, T0, InteractionKind.Click);
        var equal = new Touchpoint(Email, T0, InteractionKind.Click);
        ContractAssert.Equality(a, equal, new Touchpoint(Search, T0, InteractionKind.Click));
        ContractAssert.Equality(a, equal, new Touchpoint(Email, T0.PlusTicks(1), InteractionKind.Click));
        ContractAssert.Equality(a, equal, new Touchpoint(Email, T0, InteractionKind.Impression));
    }

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
    public void Spend_DiffersInOneField_IsNotEqual()
    {
        var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var a = new Spend(Email, TenUsd, march, "spring");
        Assert.Equal(a, new Spend(Email, TenUsd, march, "spring"));
        Assert.NotEqual(a, new Spend(Search, TenUsd, march, "spring"));
        Assert.NotEqual(a, new Spend(Email, new Money(11m, Currency.Usd), march, "spring"));
        Assert.NotEqual(a, new Spend(Email, TenUsd, new DateInterval(march.Start, march.End.PlusDays(-1)), "spring"));
        Assert.NotEqual(a, new Spend(Email, TenUsd, march, "summer"));
        Spend? none = null;
        Assert.True(none == null);
        Assert.False(none == a);
        Assert.False(a == none);
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

    [Fact]
    public void Channel_ComparedWithAnotherType_NamesTheType()
    {
        IComparable email = Email;
        var ex = Assert.Throws<ArgumentException>(() => email.CompareTo("email"));
        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("obj must be a Channel, was String.", ex.Message, StringComparison.Ordinal);
    }
}
