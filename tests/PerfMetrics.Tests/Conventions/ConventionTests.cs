using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Tests.Conventions;

/// <summary>Reflection tests of the house conventions (STYLE rules 12, 13, 24, 25, 37) over the whole public surface.</summary>
public partial class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    public static TheoryData<Type> PublicStructs() => [.. PublicTypes.Where(t => t.IsValueType && !t.IsEnum)];

    [Fact]
    public void PublicSurface_IsNotEmpty() => Assert.Contains(typeof(Money), PublicTypes);

    [Fact]
    public void Json_HasOnePublicDoor_TheFactoryAppliedByAttribute()
    {
        // STYLE rule 45: converters are internal; the only public JSON type is the factory, which every stored type
        // names in its [JsonConverter] (so it works with no options and in source-generated contexts), and which converts it.
        var json = PublicTypes.Where(t => t.Namespace == "PerfMetrics.Json").ToArray();
        Assert.Equal([typeof(PerfMetrics.Json.PerfMetricsJsonConverterFactory)], json);
        Assert.DoesNotContain(PublicTypes, t => typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) && t != json[0]);
        var factory = new PerfMetrics.Json.PerfMetricsJsonConverterFactory();
        foreach (var type in PublicTypes)
        {
            var applied = type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>();
            if (applied is not null)
            {
                Assert.True(applied.ConverterType == json[0], $"{type.Name} must carry [JsonConverter(typeof(PerfMetricsJsonConverterFactory))].");
                if (type.IsGenericTypeDefinition)
                {
                    // ModelFit<TModel>: the factory converts the fits of the library's models.
                    Assert.Equal(typeof(PerfMetrics.Lifetime.ModelFit<>), type);
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.BgNbd>)));
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.GammaGamma>)));
                    Assert.True(factory.CanConvert(typeof(PerfMetrics.Lifetime.ModelFit<PerfMetrics.Lifetime.ShiftedBetaGeometric>)));
                }
                else
                {
                    Assert.True(factory.CanConvert(type), $"the factory must convert {type.Name}.");
                }
            }
        }
    }

    [Fact]
    public void Json_NothingPublicExistsOnlyForSerialization()
    {
        // The stored forms are rebuilt through internal members (MarkovCounts.FromStored, ShapleyModel.FromStored).
        var offenders = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.Contains("Stored", StringComparison.Ordinal) || m.Name.Contains("Json", StringComparison.Ordinal))
            .Where(m => m.DeclaringType != typeof(PerfMetrics.Json.PerfMetricsJsonConverterFactory))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.Empty(offenders);
    }

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

    [Fact]
    public void PublicTypes_LiveInTheRootOrAnAreaNamespace()
    {
        var offenders = PublicTypes.Where(t => t.Namespace is null || !t.Namespace.StartsWith("PerfMetrics", StringComparison.Ordinal)).Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    private static bool HasOperator(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == name && m.GetParameters().Length == 2);
}
