using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests.Cli;

/// <summary>docs/cli.md shows what the tool prints: every command block followed by an output block is run and compared.</summary>
public class CliDocsTests
{
    [Fact]
    public void CliMd_EveryExampleWithOutput_PrintsExactlyWhatTheDocsShow()
    {
        var blocks = CodeBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md")));
        var folder = Directory.CreateTempSubdirectory("perfmetrics-docs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "paths.csv"), blocks.Single(b => b.StartsWith("path,total_conversions", StringComparison.Ordinal)));
            File.WriteAllText(Path.Combine(folder.FullName, "cdnow.csv"), CdnowCsv());
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
                    .Select(w => w is "paths.csv" or "cdnow.csv" ? Path.Combine(folder.FullName, w) : w)
                    .ToArray();
                var result = CliRun.Run(args);
                Assert.True(result.ExitCode == 0, $"{command}: exit {result.ExitCode}, {result.Error}");
                Assert.Equal(blocks[i + 1], result.Out);
                checkedExamples++;
            }

            Assert.Equal(4, checkedExamples); // margin, attribution, attribution with spend, clv
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
