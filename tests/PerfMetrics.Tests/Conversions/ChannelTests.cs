using System.Globalization;

namespace PerfMetrics.Tests;

public partial class ChannelTests
{
    [Fact]
    public void Constructor_TrimsTheName()
    {
        Assert.Equal("google ads", new Channel("  google ads \t").Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Constructor_EmptyName_ThrowsNamingName(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Channel(name));
        Assert.Equal("name", ex.ParamName);
        Assert.Contains("must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Channel(null!)).ParamName);

    [Fact]
    public void Names_CompareOrdinally()
    {
        Assert.NotEqual(new Channel("Email"), new Channel("email"));
        ContractAssert.Ordering(new Channel("Email"), new Channel("email"), new Channel(" email "), new Channel("search"));
    }

    [Fact]
    public void Default_HasEmptyNameAndSortsFirst()
    {
        Assert.True(default(Channel).IsDefault);
        Assert.Equal(string.Empty, default(Channel).Name);
        Assert.True(default(Channel) < new Channel("a"));
    }

    [Fact]
    public void ParseAndToString_RoundTrip()
    {
        var channel = new Channel("paid social");
        Assert.Equal("paid social", channel.ToString());
        Assert.Equal(channel, Channel.Parse(channel.ToString(), CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Channel.Parse("  ", CultureInfo.InvariantCulture));
        Assert.False(Channel.TryParse("", CultureInfo.InvariantCulture, out _));
    }
}
