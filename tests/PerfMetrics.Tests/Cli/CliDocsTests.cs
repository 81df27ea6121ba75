using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests.Cli;

/// <summary>docs/cli.md shows what the tool prints: every command block followed by an output block is run and compared.</summary>
public class CliDocsTests
{
    [Fact]
    public void CliMd_EveryExampleWithOutput_PrintsExactlyWhatTheDocsShow()
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "cli.md");
        var markdown = File.ReadAllText(page);
        var blocks = CodeBlocks(markdown);
        var update = Environment.GetEnvironmentVariable("PERFMETRICS_UPDATE_GOLDEN") == "1";
        var printed = new Dictionary<int, string>();
        var folder = Directory.CreateTempSubdirectory("perfmetrics-docs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "paths.csv"), blocks.Single(b => b.StartsWith("path,total_conversions", StringComparison.Ordinal)));
            File.WriteAllText(Path.Combine(folder.FullName, "cdnow.csv"), CdnowCsv());
            // The other files of the examples: the CLI's own inputs (shown in full in the page, so they must match) and
            // the library's test data (google/matched_markets, lifetimes' CDNOW summary; Data/SOURCES.md).
            var data = Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data");
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["paths.csv"] = Path.Combine(folder.FullName, "paths.csv"),
                ["cdnow.csv"] = Path.Combine(folder.FullName, "cdnow.csv"),
                ["salesandcost.csv"] = Path.Combine(data, "Experiments", "salesandcost.csv"),
                ["geoassignment.csv"] = Path.Combine(data, "Experiments", "geoassignment.csv"),
                ["cdnow_customers_summary_with_transactions.csv"] = Path.Combine(data, "cdnow_customers_summary_with_transactions.csv"),
            };
            foreach (var shown in new[] { "touches.csv", "conversions.csv", "curves.csv" })
            {
                var path = Path.Combine(CliGoldenTests.CliFolder("Data"), shown);
                Assert.Contains(File.ReadAllText(path).ReplaceLineEndings("\n"), blocks);
                files[shown] = path;
            }

            var checkedExamples = 0;
            for (var i = 0; i + 1 < blocks.Count; i++)
            {
                var command = blocks[i].TrimEnd('\n');
                if (!command.StartsWith("perfmetrics ", StringComparison.Ordinal) || command.Contains('\n', StringComparison.Ordinal)
                    || blocks[i + 1].StartsWith("perfmetrics", StringComparison.Ordinal))
                {
                    continue;
                }

                var args = Words(command["perfmetrics ".Length..])
                    .Select(w => files.TryGetValue(w, out var file) ? file : w)
                    .ToArray();
                var result = CliRun.Run(args);
                Assert.True(result.ExitCode == 0, $"{command}: exit {result.ExitCode}, {result.Error}");
                printed[i + 1] = result.Out;
                if (!update)
                {
                    Assert.Equal(blocks[i + 1], result.Out);
                }

                checkedExamples++;
            }

            // margin; attribution, with spend; journeys; clv, its per-customer table, from an RFM summary, with a holdout; experiment holdout, ab,
            // sample-size, tbr; budget; attribution as CSV.
            Assert.Equal(14, checkedExamples);
            if (update)
            {
                // PERFMETRICS_UPDATE_GOLDEN=1 (see CliGoldenTests): the page's output blocks become what the tool prints.
                File.WriteAllText(page, ReplaceBlocks(markdown, printed), new UTF8Encoding(false));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string CdnowCsv()
    {
        var csv = new StringBuilder("customer,date,value\n");
        foreach (var t in CdnowData.Transactions())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Date:uuuu-MM-dd},{t.Value.Amount}\n");
        }

        return csv.ToString();
    }

    /// <summary>The contents of the fenced blocks, each ending with a line end.</summary>
    private static List<string> CodeBlocks(string markdown)
    {
        var blocks = new List<string>();
        StringBuilder? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = new StringBuilder();
                }
                else
                {
                    blocks.Add(current.ToString());
                    current = null;
                }
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        return blocks;
    }

    /// <summary>The page with the contents of the numbered fenced blocks replaced.</summary>
    private static string ReplaceBlocks(string markdown, Dictionary<int, string> contents)
    {
        var text = new StringBuilder();
        var block = -1;
        var inside = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (!inside)
                {
                    block++;
                    text.Append(line).Append('\n');
                    if (contents.TryGetValue(block, out var content))
                    {
                        text.Append(content);
                    }
                }
                else
                {
                    text.Append(line).Append('\n');
                }

                inside = !inside;
            }
            else if (!inside || !contents.ContainsKey(block))
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString()[..^1];
    }

    /// <summary>Splits a command line at spaces, keeping double-quoted words whole (as a shell would for these examples).</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
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
