using NodaTime;

namespace PerfMetrics.Tests;

public partial class TouchpointTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    [Fact]
    public void Constructor_KeepsChannelInstantAndKind()
    {
        var touch = new Touchpoint(new Channel("email"), T0, InteractionKind.Click);
        Assert.Equal(new Channel("email"), touch.Channel);
        Assert.Equal(T0, touch.At);
        Assert.Equal(InteractionKind.Click, touch.Kind);
        Assert.Equal("email @ 2026-03-01T10:00:00Z (Click)", touch.ToString());
        Assert.Equal("email @ 2026-03-01T10:00:00Z", new Touchpoint(new Channel("email"), T0).ToString());
    }

    [Fact]
    public void Constructor_DefaultChannel_ThrowsNamingChannel() =>
        Assert.Equal("channel", Assert.Throws<ArgumentException>(() => new Touchpoint(default, T0)).ParamName);

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind() =>
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new Touchpoint(new Channel("a"), T0, (InteractionKind)7)).ParamName);

    [Fact]
    public void Equality_FollowsContract() =>
        ContractAssert.Equality(
            new Touchpoint(new Channel("a"), T0, InteractionKind.Impression),
            new Touchpoint(new Channel("a"), T0, InteractionKind.Impression),
            new Touchpoint(new Channel("a"), T0, InteractionKind.Click));
}
