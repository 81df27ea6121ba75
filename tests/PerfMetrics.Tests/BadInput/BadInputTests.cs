using System.Reflection;

namespace PerfMetrics.Tests.BadInput;

/// <summary>
/// The bad-input matrix runner (issue 8 item 1, SPEC §6): every row must throw the exact exception type with the
/// expected parameter name and a message naming the rule; every TryX row must return false. The coverage test fails
/// when a public entry point has no row, so the matrix grows with the API.
/// </summary>
public class BadInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> RowKeys() => [.. BadInputMatrix.Rows.Select(r => r.Key)];

    public static TheoryData<string> TryRowKeys() => [.. BadInputMatrix.TryRows.Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(RowKeys))]
    public void BadInput_ThrowsExactTypeWithParamNameAndRule(string key)
    {
        var row = BadInputMatrix.ByKey[key];
        var ex = Assert.Throws(row.Expected, row.Act);
        if (ex is ArgumentException argument)
        {
            Assert.Equal(row.ParamName, argument.ParamName);
        }
        else
        {
            Assert.Null(row.ParamName);
        }

        Assert.Contains(row.Rule, ex.Message, StringComparison.OrdinalIgnoreCase);
        if (ex is ArgumentOutOfRangeException)
        {
            // SPEC §6: an out-of-range message names the value received ("spend must be non-negative, was -12.00 USD.").
            Assert.Matches(@"\b(was|had)\b", ex.Message);
        }
        if (row.ParamName is not null)
        {
            Assert.Contains(row.ParamName, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TryRowKeys))]
    public void BadInput_TryTwinReturnsFalse(string key) => Assert.False(BadInputMatrix.TryByKey[key].Try());

    public static TheoryData<string> UndefinedRowKeys() => [.. BadInputMatrix.UndefinedRows.Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(UndefinedRowKeys))]
    public void UndefinedInput_IsNullNotNaNInfinityOrZero(string key) => Assert.Null(BadInputMatrix.UndefinedByKey[key].Call());

    [Fact]
    public void EveryExpectedException_IsDocumentedOnItsEntryPoint()
    {
        // STYLE rule 34: every throw reachable from a public member has an <exception cref> line (a documented base
        // type counts, e.g. ArgumentException for CurrencyMismatchException).
        var entryPoints = DocumentedExceptions.EntryPointsByKey.Value;
        var undocumented = BadInputMatrix.Rows
            .Where(r => !DocumentedExceptions.Documents(entryPoints[r.EntryPoint], r.Expected))
            .Select(r => $"{r.EntryPoint}: {r.Expected.Name} ({r.Class}, {r.Detail}); documents [{string.Join(", ", DocumentedExceptions.Of(entryPoints[r.EntryPoint]))}]")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var line in undocumented)
        {
            output.WriteLine(line);
        }

        Assert.True(undocumented.Count == 0, $"{undocumented.Count} thrown exceptions are not documented:\n{string.Join('\n', undocumented)}");
    }

    [Fact]
    public void EveryDoubleParameter_HasNaNAndInfinityRows()
    {
        // Every entry point that reads a double (or a list of doubles) must be tried with NaN and with an infinity;
        // Span<double> is excluded: IAttributionModel.Weigh writes its weights, it does not read them.
        static bool ReadsDouble(Type t) =>
            t == typeof(double) || t == typeof(double?) || t == typeof(IReadOnlyList<double>);
        var entryPoints = DocumentedExceptions.EntryPointsByKey.Value;
        var missing = entryPoints
            .Where(e => e.Value.GetParameters().Any(p => ReadsDouble(p.ParameterType)))
            .SelectMany(e => new[] { BadInputClass.NaN, BadInputClass.Infinity }
                .Where(c => !BadInputMatrix.Rows.Any(r => r.EntryPoint == e.Key && r.Class == c))
                .Select(c => $"{e.Key}: no {c} row"))
            .ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void EveryNonNullableReferenceParameter_HasANullRow()
    {
        // A parameter that may not be null must be tried with null, and the row must name it. The JsonConverter
        // overrides' typeToConvert and options are excluded: System.Text.Json always passes them and the converters
        // here do not read them.
        var context = new NullabilityInfoContext();
        var entryPoints = DocumentedExceptions.EntryPointsByKey.Value;
        var missing = entryPoints
            .SelectMany(e => e.Value.GetParameters().Select(p => (e.Key, Parameter: p)))
            .Where(x => !x.Parameter.ParameterType.IsValueType && !x.Parameter.ParameterType.IsByRef)
            .Where(x => x.Parameter.ParameterType != typeof(Type) && x.Parameter.ParameterType != typeof(System.Text.Json.JsonSerializerOptions))
            .Where(x => context.Create(x.Parameter).WriteState == NullabilityState.NotNull)
            .Where(x => !BadInputMatrix.Rows.Any(r => r.EntryPoint == x.Key && r.Class == BadInputClass.Null && r.ParamName == x.Parameter.Name))
            .Select(x => $"{x.Key}: no Null row naming {x.Parameter.Name}")
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} parameters:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void EveryEntryPointMixingTwoAmounts_HasACurrencyMismatchRow()
    {
        // Two money inputs (or money and a currency) that must agree: the matrix must try them in two currencies.
        static bool IsMoney(Type t) =>
            t == typeof(Money) || t == typeof(Money?) || t == typeof(Currency) || t == typeof(PerfMetrics.Lifetime.MoneyPerPeriod)
            || t == typeof(IEnumerable<Money>) || t == typeof(IReadOnlyList<Money>) || t == typeof(IEnumerable<Spend>);
        var entryPoints = DocumentedExceptions.EntryPointsByKey.Value;
        var mixing = entryPoints
            .Where(e => e.Value is not ConstructorInfo && e.Value.GetParameters().Count(p => IsMoney(p.ParameterType)) >= 2)
            .ToList();
        Assert.True(mixing.Count > 10, $"only {mixing.Count} entry points mix two amounts: the filter is broken");
        var missing = mixing
            .Where(e => !BadInputMatrix.Rows.Any(r => r.EntryPoint == e.Key && r.Class == BadInputClass.CurrencyMismatch))
            .Select(e => e.Key)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} entry points:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Matrix_RowKeys_AreUnique()
    {
        var duplicates = BadInputMatrix.AllKeys()
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Matrix_CoversEveryPublicEntryPoint()
    {
        var covered = BadInputMatrix.CoveredEntryPoints().ToHashSet(StringComparer.Ordinal);
        var missing = PublicSurface.EntryPointKeys().Where(k => !covered.Contains(k)).ToList();
        foreach (var key in missing)
        {
            output.WriteLine(key);
        }

        Assert.True(missing.Count == 0, $"{missing.Count} public entry points have no bad-input row:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Matrix_NamesOnlyRealEntryPoints()
    {
        // A row whose entry point was renamed or removed would otherwise keep passing while testing nothing new.
        var real = PublicSurface.EntryPointKeys().ToHashSet(StringComparer.Ordinal);
        var stale = BadInputMatrix.CoveredEntryPoints()
            .Where(k => !real.Contains(k)).Distinct(StringComparer.Ordinal);
        Assert.Empty(stale);
    }
}
