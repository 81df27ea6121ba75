using NodaTime;
using PerfMetrics.Cli.Input;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Cli.Input;

public class TransactionCsvTests
{
    private static List<CustomerTransaction> Read(string text) => TransactionCsv.Read(new StringReader(text), Currency.Usd);

    [Fact]
    public void Read_ColumnsInAnyOrderAndCase_ReadsEveryLine()
    {
        var log = Read("\uFEFFValue,Customer,DATE\n10.50,\"smith, j\",2024-01-02\n0,b,2024-02-29\n");

        Assert.Equal(
            [
                new CustomerTransaction("smith, j", new LocalDate(2024, 1, 2), new Money(10.50m, Currency.Usd)),
                new CustomerTransaction("b", new LocalDate(2024, 2, 29), new Money(0m, Currency.Usd)),
            ],
            log);
    }

    [Fact]
    public void Read_QuoteInsideAQuotedField_IsDoubled()
    {
        var log = Read("customer,date,value\n\"say \"\"hi\"\"\",2024-01-02,1\n");

        Assert.Equal("say \"hi\"", log[0].CustomerId);
    }

    [Theory]
    [InlineData("", "Line 1, column 1 (header): the file is empty; the first line must be a header naming the columns customer, date, value, was \"\".")]
    [InlineData("customer,date,amount\n", "Line 1, column 4 (value): unknown column \"value\" in the mapping (customer, date, value); the header names \"customer\", \"date\", \"amount\", was \"customer,date,amount\".")]
    [InlineData("customer,date\n", "Line 1, column 3 (value): unknown column \"value\" in the mapping (customer, date, value); the header names \"customer\", \"date\", was \"customer,date\".")]
    [InlineData("customer,date,date\n", "Line 1, column 3 (date): the column appears twice (also column 2), was \"date\".")]
    [InlineData("customer,date,value\na,2024-01-01,1\n\n", "Line 3, column 1 (customer): the line is empty (blank lines are not allowed), was \"\".")]
    [InlineData("customer,date,value\na,2024-01-01\n", "Line 2, column 3 (value): the field is missing; the header has 3 columns, the line has 2, was \"a,2024-01-01\".")]
    [InlineData("customer,date,value\n,2024-01-01,1\n", "Line 2, column 1 (customer): must not be empty, was \"\".")]
    [InlineData("customer,date,value\na,2024-02-30,1\n", "Line 2, column 2 (date): must be a date such as 1997-01-01, was \"2024-02-30\".")]
    [InlineData("customer,date,value\na,2024-01-01,-1\n", "Line 2, column 3 (value): must be a non-negative decimal number, was \"-1\".")]
    [InlineData("customer,date,value\na,2024-01-01,1e3\n", "Line 2, column 3 (value): must be a non-negative decimal number, was \"1e3\".")]
    [InlineData("customer,date,value\n\"a,2024-01-01,1\n", "Line 2, column 1 (customer): the quoted field is not closed on this line, was \"\"a,2024-01-01,1\".")]
    public void Read_BadText_ThrowsWithLineAndColumn(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => Read(text));

        Assert.Equal(message, e.Message);
    }
}
