namespace PerfMetrics.Tests;

/// <summary>
/// Value equality pair by pair: each pair differs in exactly one field, so an equality that checked only some fields (or
/// joined them with "or") would call the pair equal. The property tests draw random values, which almost never differ in
/// one field only.
/// </summary>
public partial class ChannelTests
{
    private static readonly Channel Email = new("email");

    [Fact]
    public void Channel_ComparedWithAnotherType_NamesTheType()
    {
        IComparable email = Email;
        var ex = Assert.Throws<ArgumentException>(() => email.CompareTo("email"));
        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("obj must be a Channel, was String.", ex.Message, StringComparison.Ordinal);
    }
}
