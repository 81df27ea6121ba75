using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace PerfMetrics.Tests.BadInput;

/// <summary>
/// Reads the library's XML documentation file (built next to the test assembly) and answers which exception types a
/// member documents with <c>&lt;exception cref&gt;</c> (STYLE rule 34).
/// </summary>
internal static class DocumentedExceptions
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(Load);

    /// <summary>The public entry points by signature key.</summary>
    internal static readonly Lazy<IReadOnlyDictionary<string, MethodBase>> EntryPointsByKey = new(() =>
        PublicSurface.EntryPoints().GroupBy(PublicSurface.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>The exception type names (cref targets without the <c>T:</c> prefix) documented on <paramref name="member"/>.</summary>
    internal static IReadOnlyList<string> Of(MethodBase member)
    {
        if (!Members.Value.TryGetValue(DocId(member), out var element))
        {
            return [];
        }

        return [.. element.Elements("exception").Select(e => ((string?)e.Attribute("cref") ?? string.Empty).Replace("T:", string.Empty, StringComparison.Ordinal))];
    }

    /// <summary>True when <paramref name="thrown"/> or one of its base types is documented on <paramref name="member"/>.</summary>
    internal static bool Documents(MethodBase member, Type thrown)
    {
        var documented = Of(member);
        for (var t = thrown; t is not null && t != typeof(Exception); t = t.BaseType)
        {
            if (documented.Contains(t.FullName!, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The documentation id of a method, constructor or indexer getter (ECMA-334 annex D).</summary>
    internal static string DocId(MethodBase member)
    {
        var type = member.DeclaringType!.FullName!.Replace('+', '.');
        var parameters = member.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
        return member switch
        {
            ConstructorInfo => $"M:{type}.#ctor{list}",
            _ when member.Name == "get_Item" => $"P:{type}.Item{list}",
            _ when member.IsGenericMethodDefinition => $"M:{type}.{member.Name}``{member.GetGenericArguments().Length}{list}",
            _ => $"M:{type}.{member.Name}{list}",
        };
    }

    private static string TypeId(Type t)
    {
        if (t.IsByRef)
        {
            return TypeId(t.GetElementType()!) + "@";
        }

        if (t.IsArray)
        {
            return TypeId(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericParameter)
        {
            return (t.DeclaringMethod is null ? "`" : "``") + t.GenericParameterPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!t.IsGenericType)
        {
            return t.FullName!.Replace('+', '.');
        }

        var definition = t.GetGenericTypeDefinition().FullName!;
        var name = new StringBuilder(definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.'));
        name.Append('{').AppendJoin(",", t.GetGenericArguments().Select(TypeId)).Append('}');
        return name.ToString();
    }

    private static Dictionary<string, XElement> Load()
    {
        var path = Path.ChangeExtension(typeof(Money).Assembly.Location, ".xml");
        var doc = XDocument.Load(path);
        return doc.Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
