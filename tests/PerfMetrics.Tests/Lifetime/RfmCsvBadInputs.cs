using PerfMetrics.Lifetime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Bad-input rows for the RFM summary reader (issue 16, item 6).</summary>
internal static class RfmCsvBadInputs
{
    private const string Read = "RfmCsv.Read(TextReader, PeriodUnit, Currency, RfmCsvColumns?)";
    private const string Columns = "new RfmCsvColumns(string?, string, string, string, string, string?)";
    private const string Header = "customer_id,frequency,recency,T,monetary_value\n";

    private static IReadOnlyList<CustomerRfm> Csv(string text) => RfmCsv.Read(new StringReader(text), PeriodUnit.Week, Currency.Usd);

    internal static IEnumerable<BadInputRow> Rows()
    {
        yield return Row.Throws<ArgumentNullException>(Read, Null, "null reader", () => RfmCsv.Read(null!, PeriodUnit.Week, Currency.Usd), "reader", "null");
        yield return Row.Throws<ArgumentException>(Read, DefaultStruct, "default unit", () => RfmCsv.Read(new StringReader(Header), default, Currency.Usd), "unit", "must name a period unit");
        yield return Row.Throws<ArgumentException>(Read, DefaultStruct, "default currency", () => RfmCsv.Read(new StringReader(Header), PeriodUnit.Week, default), "currency", "must be a real currency");
        yield return Row.Throws<FormatException>(Read, Empty, "empty file", () => Csv(string.Empty), null, "Line 1, column 1 (header): the file is empty");
        yield return Row.Throws<FormatException>(Read, Malformed, "fractional frequency", () => Csv(Header + "c1,1.5,2,3,10\n"), null, "Line 2, column 2 (frequency): must be a whole number");
        yield return Row.Throws<FormatException>(Read, Negative, "negative T", () => Csv(Header + "c1,0,0,-3,0\n"), null, "Line 2, column 4 (T): must be a non-negative decimal number");
        yield return Row.Throws<FormatException>(Read, Inconsistent, "recency above T", () => Csv(Header + "c1,1,4,3,10\n"), null, "Line 2, column 3 (recency): must not exceed T");
        yield return Row.Throws<FormatException>(Read, Zero, "zero count", () => Csv("frequency,recency,T,monetary_value,count\n0,0,3,0,0\n"), null, "Line 2, column 5 (count): must be a whole number of customers, 1 or more");
        yield return Row.Throws<FormatException>(Read, Malformed, "unknown column in the mapping", () => RfmCsv.Read(new StringReader(Header), PeriodUnit.Week, Currency.Usd, new RfmCsvColumns(frequency: "x")), null, "unknown column \"x\" in the mapping (frequency)");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null frequency column", () => new RfmCsvColumns(frequency: null!), "frequency", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null recency column", () => new RfmCsvColumns(recency: null!), "recency", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null T column", () => new RfmCsvColumns(t: null!), "t", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null monetary column", () => new RfmCsvColumns(monetaryValue: null!), "monetaryValue", "null");
        yield return Row.Throws<ArgumentException>(Columns, Empty, "blank count column", () => new RfmCsvColumns(count: " "), "count", "must name a column");
        yield return Row.Throws<ArgumentException>(Columns, Duplicate, "one column mapped twice", () => new RfmCsvColumns(recency: "T"), "columns", "must name different columns");
    }
}
