using System.Text.RegularExpressions;

namespace PerfMetrics.Tests.Conventions;

public partial class ConventionTests
{
    /// <summary>
    /// Folders whose tests stay in the root namespace <c>PerfMetrics.Tests</c>, with the reason: the library's values
    /// (<c>Money</c>, <c>Currency</c>, <c>Spend</c>, <c>Conversion</c>, ...) live in the root namespace <c>PerfMetrics</c>, and a
    /// test namespace named after the folder (<c>PerfMetrics.Tests.Money</c>) would make the name <c>Money</c> mean that
    /// namespace inside every test of the folder (CS0118), so each test would have to spell <c>PerfMetrics.Money</c>.
    /// </summary>
    private static readonly Dictionary<string, string> RootNamespaceFolders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Money"] = "the folder is named after the root type Money (CS0118)",
        ["Costs"] = "tests of the root-namespace Spend, Delivery and PaymentModel; kept with Money so the value types read alike",
        ["Conversions"] = "tests of the root-namespace Channel, Touchpoint and Conversion; kept with Money so the value types read alike",
    };

    [Fact]
    public void TestFiles_HaveTheNamespaceOfTheirFolder()
    {
        // The project folder, found from the test assembly's folder (bin/<config>/<tfm>), not from compile-time paths
        // (a CI build maps those to /_/).
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PerfMetrics.Tests.csproj")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("PerfMetrics.Tests.csproj not found above " + AppContext.BaseDirectory);
        }

        var offenders = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal) || !relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(relative)!;
            var expected = RootNamespaceFolders.ContainsKey(folder.Split(Path.DirectorySeparatorChar)[0])
                ? "PerfMetrics.Tests"
                : "PerfMetrics.Tests." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var match = Regex.Match(File.ReadAllText(file), @"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline);
            checkedFiles++;
            if (!match.Success || match.Groups[1].Value != expected)
            {
                offenders.Add($"{relative}: {(match.Success ? match.Groups[1].Value : "no file-scoped namespace")}, expected {expected}");
            }
        }

        Assert.True(checkedFiles > 100, $"only {checkedFiles} test files found under {root}");
        Assert.Empty(offenders);
    }
}
