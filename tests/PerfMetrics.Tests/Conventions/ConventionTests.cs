using System.Reflection;

namespace PerfMetrics.Tests.Conventions;

/// <summary>
/// Reflection tests of the house conventions (STYLE rules 12, 13, 24, 25, 37) over the whole public surface: the one
/// convention suite, one partial file per rule (Structs, Operators, Immutability, StaticCalculators, Namespaces, Json,
/// InternalLeaf). The deliberate surfaces of the Metrics and Lifetime areas are the nested MetricsArea and LifetimeArea
/// classes (ConventionTests.Metrics.cs, ConventionTests.Lifetime.cs), which keep their own lists of public types.
/// </summary>
public partial class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    public static TheoryData<Type> PublicStructs() => [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum)];

    [Fact]
    public void PublicSurface_IsNotEmpty() => Assert.Contains(typeof(Money), PublicTypes);
}
