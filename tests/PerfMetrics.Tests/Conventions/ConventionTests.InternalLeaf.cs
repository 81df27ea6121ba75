using System.Reflection;
using System.Text.RegularExpressions;

namespace PerfMetrics.Tests.Conventions;

/// <summary>
/// <c>PerfMetrics.Internal</c> is a leaf (issue 15): helpers such as <c>Guard</c> and the numerics know no domain type
/// (<c>Money</c>, <c>Currency</c>, <c>Channel</c>...), so any area can use them without a cycle. Two checks: reflection over
/// every signature of every Internal type, and a text check of the sources (method bodies are invisible to reflection).
/// </summary>
public partial class ConventionTests
{
    private static readonly string[] AllowedNamespacePrefixes = ["PerfMetrics.Internal", "System", "Microsoft", "NodaTime"];

    private static readonly Type[] InternalTypes =
        [.. typeof(Money).Assembly.GetTypes().Where(t => IsInternalNamespace(t.Namespace))];

    [Fact]
    public void InternalNamespace_IsNotEmpty()
    {
        // Guards against a vacuous pass if the namespace were renamed.
        Assert.Contains(InternalTypes, t => t.Name == "Guard");
        Assert.Contains(InternalTypes, t => t.Name == "SpecialFunctions");
    }

    [Fact]
    public void InternalTypes_ReferenceNoDomainTypeInTheirSignatures()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var offenders = new List<string>();
        foreach (var type in InternalTypes)
        {
            var referenced = new List<(string Where, Type Type)>();
            if (type.BaseType is { } baseType)
            {
                referenced.Add(("base type", baseType));
            }

            referenced.AddRange(type.GetInterfaces().Select(i => ("interface", i)));
            referenced.AddRange(type.GetFields(all).Select(f => ($"field {f.Name}", f.FieldType)));
            referenced.AddRange(type.GetProperties(all).Select(p => ($"property {p.Name}", p.PropertyType)));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    referenced.Add(($"{method.Name} return", info.ReturnType));
                    referenced.AddRange(info.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()).Select(c => ($"{method.Name} constraint", c)));
                }

                referenced.AddRange(method.GetParameters().Select(p => ($"{method.Name}({p.Name})", p.ParameterType)));
            }

            offenders.AddRange(
                from r in referenced
                from t in Flatten(r.Type)
                where !IsAllowed(t)
                select $"{type.FullName}: {r.Where} uses {t.FullName}");
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void InternalSources_NameNoDomainType()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "PerfMetrics", "Internal");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        Assert.Contains(files, f => Path.GetFileName(f) == "Guard.cs");

        // Every type of the library outside Internal, by simple name (generic arity stripped).
        var domainNames = typeof(Money).Assembly.GetTypes()
            .Where(t => !IsInternalNamespace(t.Namespace) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name.Split('`')[0])
            .Where(n => n.Length > 2 && !n.StartsWith("__", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Money", domainNames);
        Assert.Contains("Currency", domainNames);

        var offenders = new List<string>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                var code = StripComment(line);
                if (Regex.Match(code, @"^\s*using\s+(static\s+)?(?<ns>PerfMetrics(\.\w+)*)\s*;") is { Success: true } u
                    && !IsInternalNamespace(u.Groups["ns"].Value))
                {
                    offenders.Add($"{Path.GetFileName(file)}:{lineNumber}: {line.Trim()}");
                }

                foreach (Match word in Regex.Matches(code, @"\b[A-Z]\w+\b"))
                {
                    if (domainNames.Contains(word.Value))
                    {
                        offenders.Add($"{Path.GetFileName(file)}:{lineNumber}: uses {word.Value}: {line.Trim()}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void InternalSourcesCheck_WouldCatchAMoneyGuard()
    {
        // The text check strips comments only: a guard on Money in code is caught, a mention in a comment is not.
        Assert.Equal("    internal static Money NonNegative(Money value) ", StripComment("    internal static Money NonNegative(Money value) // checks money"));
        Assert.Equal(string.Empty, StripComment("/// <summary>Money guards live next to Money.</summary>").Trim());
    }

    private static bool IsInternalNamespace(string? ns) =>
        ns is not null && (ns == "PerfMetrics.Internal" || ns.StartsWith("PerfMetrics.Internal.", StringComparison.Ordinal));

    private static bool IsAllowed(Type type) =>
        type.IsGenericParameter
        || (type.Namespace is { } ns && AllowedNamespacePrefixes.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal)))
        || (type.Namespace is null && type.IsNested && IsAllowed(type.DeclaringType!));

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }

    private static string StripComment(string line)
    {
        var index = line.IndexOf("//", StringComparison.Ordinal);
        return index < 0 ? line : line[..index];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfMetrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PerfMetrics.sln not found above {AppContext.BaseDirectory}.");
    }
}
