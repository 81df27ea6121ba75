using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    /// <summary>STYLE rules 12, 13, 24, 25 and 37, checked by reflection over the public types of PerfMetrics.Lifetime.</summary>
    public class LifetimeArea
    {
        private static readonly Type[] PublicTypes = typeof(Ltv).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "PerfMetrics.Lifetime")
            .ToArray();

        [Fact]
        public void PublicStructs_AreReadOnlyEquatableWithOperatorsAndDebuggerDisplay()
        {
            var structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum).ToArray();
            Assert.NotEmpty(structs);
            foreach (var type in structs)
            {
                Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type.Name} must be a readonly struct");
                Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
                Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
                Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
                Assert.True(type.IsDefined(typeof(DebuggerDisplayAttribute)), $"{type.Name} needs [DebuggerDisplay]");
            }
        }

        [Fact]
        public void Calculators_AreStaticClasses()
        {
            foreach (var type in new[] { typeof(Ltv), typeof(CpaCeiling), typeof(Payback), typeof(Clv) })
            {
                Assert.True(type.IsAbstract && type.IsSealed, $"{type.Name} must be a static class");
            }
        }

        [Fact]
        public void PublicTypes_HaveNoPublicSetters_AndClassesAreSealed()
        {
            foreach (var type in PublicTypes)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                {
                    Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic, $"{type.Name}.{property.Name} has a public setter");
                }

                if (type.IsClass && type.IsAbstract && !type.IsSealed)
                {
                    // The one open base (ModelFit<TModel>) cannot be derived outside the library: no public or protected constructor.
                    Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
                    Assert.DoesNotContain(type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsFamily || c.IsFamilyOrAssembly);
                }
                else if (type.IsClass && !(type.IsAbstract && type.IsSealed))
                {
                    Assert.True(type.IsSealed, $"{type.Name} must be sealed");
                }
            }
        }
    }
}
