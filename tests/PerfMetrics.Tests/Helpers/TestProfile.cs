namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// Lighter sizes for mutation runs. <c>tools/mutation.sh</c> sets <c>PERFMETRICS_MUTATION=1</c>; Stryker then runs every
/// test that covers a mutant once per mutant, so a test that takes seconds costs hours over thousands of mutants. Only a
/// few tests use this, each to skip the large repetition of a check that a smaller case in the same test (or test row)
/// still makes. Skipping can only let a mutant survive, never kill one, so a score measured this way is a lower bound of
/// the full suite's score. Normal <c>dotnet test</c> runs (and CI) never set the variable and run everything.
/// </summary>
public static class TestProfile
{
    /// <summary>
    /// Every FsCheck property's case count is divided by this: 1 normally, 5 in a build made with
    /// <c>PERFMETRICS_MUTATION=1</c> (the <c>MUTATION_RUN</c> constant; attribute arguments must be constants, so this is
    /// decided when the tests are compiled). It cut the suite's summed test time from 7.65 s to 5.45 s. A mutant that
    /// breaks an invariant usually breaks it for most generated inputs, so a fifth of the cases usually still finds it, but
    /// not always (docs/quality.md, section 3); like a skip, fewer cases can only let a mutant survive, never kill one.
    /// </summary>
#if MUTATION_RUN
    public const int PropertyRunDivisor = 5;
#else
    public const int PropertyRunDivisor = 1;
#endif

    /// <summary>True when the tests run under <c>tools/mutation.sh</c>.</summary>
    public static bool MutationRun { get; } = Environment.GetEnvironmentVariable("PERFMETRICS_MUTATION") == "1";

    /// <summary>Skips the calling test in a mutation run, saying why the smaller cases suffice there.</summary>
    public static void SkipInMutationRun(string reason) =>
        Assert.SkipWhen(MutationRun, $"skipped in mutation runs (PERFMETRICS_MUTATION=1): {reason}");
}
