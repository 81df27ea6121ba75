using System.Reflection;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    [Fact]
    public void EveryEquatableType_HasEqualityOperators()
    {
        var offenders = PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => !HasOperator(t, "op_Equality") || !HasOperator(t, "op_Inequality"))
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryComparableType_HasRelationalOperatorsAndNonGenericComparable()
    {
        var offenders = PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => !typeof(IComparable).IsAssignableFrom(t)
                || !new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" }.All(op => HasOperator(t, op)))
            .Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    private static bool HasOperator(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == name && m.GetParameters().Length == 2);
}
