using System.Reflection;
using System.Runtime.CompilerServices;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    /// <summary>STYLE rules 12, 13, 25, 35: the public surface of PerfMetrics.Metrics keeps the house conventions.</summary>
    public class MetricsArea
    {
        private static readonly Type[] PublicTypes =
            typeof(Cpa).Assembly.GetExportedTypes().Where(t => t.Namespace == "PerfMetrics.Metrics").ToArray();

        [Fact]
        public void PublicTypes_AreTheDeliberateSurface()
        {
            var names = PublicTypes.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(
                [
                    "Aov", "Bids", "BreakEvenCpa", "BreakEvenRoas", "Cac", "CampaignCsvColumns", "CampaignDelivery", "CampaignReport", "CampaignReportRow", "Cpa", "CpaVersusMargin", "Cpc", "Cpl", "Cpm", "Ctr", "Cvr",
                    "EquivalentRate", "MarginCheck", "MarginalCpa", "MarginalCpaCheck", "MarginalRoas", "MarginalRoasCheck", "MaxCpc",
                    "MaxCpm", "PaymentModelComparison", "PaymentModelOutcome", "PaymentModelTable", "ProfitVerdict", "Roas", "Roi",
                    "TargetRoas", "VerdictRule", "VerdictRuleKind",
                ],
                names);
        }

        [Fact]
        public void Calculators_AreStaticClasses()
        {
            // The classes that are not calculators: the result table of PaymentModelComparison, the campaign report, its input
            // rows and their CSV column mapping (issue 17).
            Type[] notCalculators = [typeof(PaymentModelTable), typeof(CampaignReport), typeof(CampaignDelivery), typeof(CampaignCsvColumns)];
            foreach (var type in PublicTypes.Where(t => t.IsClass && !notCalculators.Contains(t)))
            {
                Assert.True(type.IsAbstract && type.IsSealed, $"{type.Name} must be a static class.");
            }
        }

        [Fact]
        public void ResultStructs_AreReadonlyEquatableWithOperatorsAndNoSetters()
        {
            foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
            {
                Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute)), $"{type.Name} must be a readonly struct.");
                Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
                Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
                Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
                Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod));
                Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            }
        }

        [Fact]
        public void UndefinedIsTheDefaultVerdict() => Assert.Equal(ProfitVerdict.Undefined, default(ProfitVerdict));
    }
}
