using System.Reflection;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var offenders = PublicTypes
            .Where(t => !typeof(Exception).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableFields()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");
        Assert.Empty(offenders);
    }
}
