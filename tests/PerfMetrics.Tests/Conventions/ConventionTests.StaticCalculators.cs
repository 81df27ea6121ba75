using System.Reflection;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void ClassesWithOnlyStaticMembers_AreStatic()
    {
        // A calculator is a static class of pure methods (STYLE rule 25): a public class that declares no instance
        // members and no public constructor must be declared static.
        const BindingFlags instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsAbstract && t.BaseType == typeof(object))
            .Where(t => t.GetConstructors().Length == 0
                && t.GetMethods(instance).Length == 0
                && t.GetProperties(instance).Length == 0
                && t.GetFields(instance).Length == 0)
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }
}
