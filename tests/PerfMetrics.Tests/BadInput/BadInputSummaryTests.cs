using System.Globalization;
using System.Reflection;
using System.Text;

namespace PerfMetrics.Tests.BadInput;

/// <summary>Counts what the bad-input matrix covers and prints it as a markdown table (for docs/quality.md).</summary>
public class BadInputSummaryTests(ITestOutputHelper output)
{
    [Fact]
    public void Matrix_Summary_CoversEveryAreaAndPrintsTheTable()
    {
        var entryPoints = DocumentedExceptions.EntryPointsByKey.Value;
        var rows = BadInputMatrix.Rows.Select(r => (r.EntryPoint, r.Class, Kind: "throws"))
            .Concat(BadInputMatrix.TryRows.Select(r => (r.EntryPoint, r.Class, Kind: "Try returns false")))
            .Concat(BadInputMatrix.UndefinedRows.Select(r => (r.EntryPoint, r.Class, Kind: "null (undefined)")))
            .ToList();
        var classes = Enum.GetValues<BadInputClass>();
        var byArea = rows.GroupBy(r => Area(entryPoints[r.EntryPoint])).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Entry points: {entryPoints.Count}; rows: {rows.Count} ({BadInputMatrix.Rows.Count} throwing, {BadInputMatrix.TryRows.Count} TryX returning false, {BadInputMatrix.UndefinedRows.Count} undefined results returning null).\n\n");
        text.Append("| Area | Entry points | Rows | ").AppendJoin(" | ", classes).Append(" |\n");
        text.Append("|---|---:|---:|").Append(string.Concat(classes.Select(_ => "---:|"))).Append('\n');
        foreach (var area in byArea)
        {
            var points = area.Select(r => r.EntryPoint).Distinct(StringComparer.Ordinal).Count();
            text.Append(CultureInfo.InvariantCulture, $"| {area.Key} | {points} | {area.Count()} | ");
            text.AppendJoin(" | ", classes.Select(c => Cell(area.Count(r => r.Class == c)))).Append(" |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **Total** | **{entryPoints.Count}** | **{rows.Count}** | ");
        text.AppendJoin(" | ", classes.Select(c => $"**{Cell(rows.Count(r => r.Class == c))}**")).Append(" |\n");
        output.WriteLine(text.ToString());

        Assert.Equal(entryPoints.Count, rows.Select(r => r.EntryPoint).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Attribution", "Budget", "Experiments", "Json", "Lifetime", "Metrics", "Values and money"], byArea.Select(g => g.Key));
    }

    private static string Cell(int count) => count == 0 ? "." : count.ToString(CultureInfo.InvariantCulture);

    private static string Area(MethodBase member) => member.DeclaringType!.Namespace switch
    {
        "PerfMetrics" => "Values and money",
        { } ns => ns["PerfMetrics.".Length..],
        _ => "?",
    };
}
