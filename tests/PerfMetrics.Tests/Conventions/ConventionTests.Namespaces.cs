namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void PublicTypes_LiveInTheRootOrAnAreaNamespace()
    {
        var offenders = PublicTypes.Where(t => t.Namespace is null || !t.Namespace.StartsWith("PerfMetrics", StringComparison.Ordinal)).Select(t => t.FullName);
        Assert.Empty(offenders);
    }
}
