using FsCheck.Xunit;

namespace PerfMetrics.Tests;

public class SmokeTests
{
    [Fact]
    public void One_IsOne() => Assert.Equal(1, PerfMetrics.Internal.Placeholder.One());

    [Property]
    public bool AdditionCommutes(int a, int b) => unchecked(a + b) == unchecked(b + a);
}
