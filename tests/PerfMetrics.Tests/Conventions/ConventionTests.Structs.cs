using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPublicStruct_HasDebuggerDisplay()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.IsDefined(typeof(DebuggerDisplayAttribute), inherit: false))
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryStructOverridesEqualsAndGetHashCode()
    {
        // Ref structs (views over spans, such as AttributionPath) cannot be boxed or compared and are exempt.
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsByRefLike)
            .Where(t => t.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType != t
                || t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)?.DeclaringType != t)
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }
}
