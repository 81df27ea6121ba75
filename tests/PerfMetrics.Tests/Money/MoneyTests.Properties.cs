using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck.Xunit;

namespace PerfMetrics.Tests;

/// <summary>Property tests of the SPEC §2 invariants of <see cref="Money"/>.</summary>
public partial class MoneyTests
{
    [Property]
    public bool AllocationConservesTheRoundedTotalExactly(Money total, decimal[] ratios)
    {
        var parts = total.Allocate(ratios);
        return parts.Length == ratios.Length
            && parts.All(p => p.Currency == total.Currency)
            && Money.Sum(parts, total.Currency) == total.Round();
    }

    [Property]
    public bool NoPartDiffersFromItsExactShareByAMinorUnitOrMore(Money total, decimal[] ratios)
    {
        // Oracle: exact rational arithmetic on BigInteger, independent of the library's code.
        // part_i (in minor units) must satisfy |part_i * W - T * w_i| < W, where W = sum of weights.
        var scale = total.Currency.MinorUnits;
        var totalMinor = ToScaledInteger(total.Round().Amount, scale);
        var commonScale = ratios.Max(r => r.Scale);
        var weights = ratios.Select(r => ToScaledInteger(r, commonScale)).ToArray();
        var sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var parts = total.Allocate(ratios);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = ToScaledInteger(parts[i].Amount, scale);
            if (BigInteger.Abs(part * sum - totalMinor * weights[i]) >= sum)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool NoPartIsNegativeForANonNegativeTotalAndZeroRatiosGetZero(Money total, decimal[] ratios)
    {
        var magnitude = total.Amount < 0m ? -total : total;
        var parts = magnitude.Allocate(ratios);
        return parts.All(p => p.Amount >= 0m)
            && ratios.Select((r, i) => r != 0m || parts[i].Amount == 0m).All(ok => ok);
    }

    [Property]
    public bool NegativeTotalsAllocateSymmetrically(Money total, decimal[] ratios) =>
        total.Allocate(ratios).SequenceEqual((-total).Allocate(ratios).Select(p => -p));

    [Property]
    public bool SplitEqualsAllocateWithEqualRatiosAndConserves(Money total, byte count)
    {
        var n = count % 20 + 1;
        var split = total.Split(n);
        return split.SequenceEqual(total.Allocate(Enumerable.Repeat(1m, n).ToArray()))
            && Money.Sum(split, total.Currency) == total.Round()
            && split.Max(p => p.Amount) - split.Min(p => p.Amount) <= total.Currency.MinorUnit;
    }

    [Property]
    public bool AdditionIsCommutative(MoneyTriple t) => t.A + t.B == t.B + t.A;

    [Property]
    public bool AdditionIsAssociative(MoneyTriple t) => (t.A + t.B) + t.C == t.A + (t.B + t.C);

    [Property]
    public bool DefaultIsTheAdditiveIdentity(Money m) =>
        m + default(Money) == m && default(Money) + m == m && m - default(Money) == m && m.CompareTo(default) == m.Amount.CompareTo(0m);

    [Property]
    public bool SubtractionUndoesAddition(MoneyTriple t) => t.A + t.B - t.B == t.A;

    [Property]
    public bool FormatThenParseReturnsTheSameValue(Money m) =>
        Money.Parse(m.ToString()) == m && Money.Parse(m.ToString()).ToString() == m.ToString();

    [Property]
    public bool TrailingZerosNeverChangeTheRoundTripText(Money m)
    {
        // 1.000m has scale 3: the product is the same number with three more trailing zeros where the 96-bit mantissa has
        // room for them (below about 7.9e25 / 10^scale); beyond that decimal keeps fewer, and the case says nothing.
        var padded = new Money(m.Amount * 1.000m, m.Currency);
        return padded.Amount.Scale != m.Amount.Scale + 3
            || (padded.ToString() == m.ToString() && Money.Parse(padded.ToString()) == m);
    }

    [Property]
    public bool RoundTripTextEndsInAZeroOnlyWithinTheMinorDigits(Money m)
    {
        var amount = m.ToString().Split(' ')[0];
        var point = amount.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : amount.Length - point - 1;
        return decimals <= Math.Max(m.Currency.MinorUnits, m.Amount.Scale)
            && (decimals <= m.Currency.MinorUnits || !amount.EndsWith('0'));
    }

    [Property]
    public bool FormatThenParseIgnoresANonEnglishCurrentCulture(Money m)
    {
        foreach (var culture in new[] { "de-DE", "ar-SA", "fr-FR", "hi-IN" })
        {
            using var scope = new CultureScope(culture);
            if (Money.Parse(m.ToString()) != m || m.ToString() != m.ToString(null, CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool FormatThenParseWithACultureProviderReturnsTheSameValue(Money m)
    {
        foreach (var name in new[] { "de-DE", "ar-SA", "fr-FR" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            if (Money.Parse(m.ToString(null, culture), culture) != m || Money.Parse(m.ToString("N", culture), culture) != m)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool GroupedTextParsesBackWithItsCulture(Money m)
    {
        // "N" writes exactly the minor digits, so money built from whole minor units comes back equal; the cultures
        // cover groups of 3 with "," "." and U+202F, hi-IN's 3-then-2 groups, and a CJK culture (issue 15).
        foreach (var name in new[] { "en-US", "de-DE", "fr-FR", "hi-IN", "ja-JP" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            var text = m.ToString("N", culture);
            if (Money.Parse(text, culture) != m || !Money.TryParse(Encoding.UTF8.GetBytes(text), culture, out var utf8) || utf8 != m)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Utf8FormattingMatchesTextAndParsesBack(Money m)
    {
        Span<byte> buffer = stackalloc byte[128];
        return m.TryFormat(buffer, out var written, default, null)
            && Encoding.UTF8.GetString(buffer[..written]) == m.ToString()
            && Money.Parse(buffer[..written]) == m;
    }

    [Property]
    public bool OrderingAgreesWithTheAmounts(MoneyTriple t) =>
        (t.A < t.B) == (t.A.Amount < t.B.Amount) && (t.A >= t.B) == (t.A.Amount >= t.B.Amount);

    private static BigInteger ToScaledInteger(decimal value, int scale)
    {
        // Independent decimal -> integer conversion through the invariant text.
        var text = value.ToString(CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        text = text.TrimStart('-');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var currentScale = dot < 0 ? 0 : text.Length - dot - 1;
        var integer = BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, scale - currentScale);
        return negative ? -integer : integer;
    }
}
