using System.Reflection;
using System.Text;

namespace PerfMetrics.Tests.BadInput;

/// <summary>
/// The public entry points of the PerfMetrics assembly that can receive bad input: public constructors and methods
/// (static or instance, including indexers) of exported types with at least one parameter, minus the explicit
/// <see cref="Exclusions"/>. Each is named by a signature key such as <c>Money.Allocate(IReadOnlyList&lt;decimal&gt;)</c>
/// or <c>new Money(decimal, Currency)</c>.
/// </summary>
internal static class PublicSurface
{
    /// <summary>
    /// Members excluded by name, with the reason. A member is excluded when it cannot receive bad input or when the
    /// bad input it can receive belongs to another contract tested elsewhere.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> ExcludedNames = new Dictionary<string, string>
    {
        ["Equals"] = "equality contract: any argument (null, default, other type) is a valid question answered with false (ContractAssert)",
        ["GetHashCode"] = "takes no argument",
        ["CompareTo"] = "ordering contract: every value (including default) has a place in the order (ContractAssert); cross-currency Money comparison is covered through the relational operators in MoneyTests",
        ["Deconstruct"] = "out parameters only, nothing to validate",
    };

    /// <summary>Operators (op_*) are excluded: cross-currency operators are asserted in MoneyTests.Operators and by the Money rows of this matrix through Money.Sum.</summary>
    internal const string OperatorReason = "operators: the cross-currency and overflow cases are pinned in MoneyTests.Operators; operators have no parameter names to report";

    /// <summary>Exact keys excluded, with the reason.</summary>
    internal static readonly IReadOnlyDictionary<string, string> ExcludedKeys = new Dictionary<string, string>
    {
        ["new CurrencyMismatchException(string)"] = "standard exception constructor (CA1032); any message is accepted",
        ["new CurrencyMismatchException(string, Exception)"] = "standard exception constructor (CA1032); any message and inner exception are accepted",
        ["new CurrencyMismatchException(Currency, Currency, string?)"] = "describes a failure; any pair of currencies and any parameter name is a valid description",
        ["AttributionModels.Markov(MarkovOptions?)"] = "null means MarkovOptions.Default and every MarkovOptions is valid; the options' own rules are rows of new MarkovOptions(...)",
    };

    internal static IEnumerable<MethodBase> EntryPoints() =>
        typeof(Money).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
            .Where(m => m.GetParameters().Length > 0)
            .Where(m => ExclusionReason(m) is null);

    internal static IEnumerable<string> EntryPointKeys() => EntryPoints().Select(Key).Distinct(StringComparer.Ordinal);

    /// <summary>Why <paramref name="member"/> is not in the matrix, or null when it must be.</summary>
    internal static string? ExclusionReason(MethodBase member)
    {
        if (member.Name.StartsWith("op_", StringComparison.Ordinal))
        {
            return OperatorReason;
        }

        if (ExcludedNames.TryGetValue(member.Name, out var reason))
        {
            return reason;
        }

        return ExcludedKeys.GetValueOrDefault(Key(member));
    }

    /// <summary>Renders <c>Type.Method(ParamType, ...)</c>, <c>new Type(ParamType, ...)</c> or <c>Type[int]</c>.</summary>
    internal static string Key(MethodBase member)
    {
        var type = TypeName(member.DeclaringType!);
        var parameters = string.Join(", ", member.GetParameters().Select(ParameterName));
        return member switch
        {
            ConstructorInfo => $"new {type}({parameters})",
            _ when member.Name == "get_Item" => $"{type}[{parameters}]",
            _ => $"{type}.{member.Name}({parameters})",
        };
    }

    private static string ParameterName(ParameterInfo p)
    {
        var t = p.ParameterType;
        var prefix = string.Empty;
        if (t.IsByRef)
        {
            prefix = p.IsOut ? "out " : (p.IsIn ? "in " : "ref ");
            t = t.GetElementType()!;
        }

        var nullable = !t.IsValueType && new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        return prefix + TypeName(t) + nullable;
    }

    internal static string TypeName(Type t)
    {
        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[]";
        }

        var keyword = Type.GetTypeCode(t) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Char => "char",
            TypeCode.Byte => "byte",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            _ => null,
        };
        if (keyword is not null && !t.IsEnum)
        {
            return keyword;
        }

        if (t == typeof(object))
        {
            return "object";
        }

        if (!t.IsGenericType)
        {
            return t.Name;
        }

        var name = new StringBuilder(t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]);
        name.Append('<').AppendJoin(", ", t.GetGenericArguments().Select(TypeName)).Append('>');
        return name.ToString();
    }
}
