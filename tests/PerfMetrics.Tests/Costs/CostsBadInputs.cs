using NodaTime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests;

/// <summary>Bad-input rows for the cost values: <see cref="Delivery"/>, <see cref="Spend"/> and <see cref="PaymentModel"/> (SPEC §2).</summary>
internal static class CostsBadInputs
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Money MinusOneUsd = new(-1m, Usd);
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly Channel Email = new("email");
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Delivery
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Negative, "negative impressions", () => new Delivery(impressions: -1), "impressions", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Negative, "negative clicks", () => new Delivery(clicks: -1), "clicks", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Negative, "negative leads", () => new Delivery(leads: -1), "leads", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Negative, "negative acquisitions", () => new Delivery(acquisitions: long.MinValue), "acquisitions", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Negative, "negative revenue", () => new Delivery(revenue: MinusOneUsd), "revenue", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Delivery(long, long, long, long, Money)", Inconsistent, "more clicks than impressions", () => new Delivery(impressions: 700, clicks: 20_000), "clicks", "must be at most impressions");

        // Spend
        yield return Row.Throws<ArgumentException>("new Spend(Channel, Money, DateInterval, string?)", DefaultStruct, "default channel", () => new Spend(default, TenUsd, March), "channel", "must name a channel");
        yield return Row.Throws<ArgumentException>("new Spend(Channel, Money, DateInterval, string?)", DefaultStruct, "default amount", () => new Spend(Email, default, March), "amount", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Spend(Channel, Money, DateInterval, string?)", Negative, "negative amount", () => new Spend(Email, MinusOneUsd, March), "amount", "must be non-negative");
        yield return Row.Throws<ArgumentNullException>("new Spend(Channel, Money, DateInterval, string?)", Null, "null period", () => new Spend(Email, TenUsd, null!), "period", "null");
        yield return Row.Throws<ArgumentNullException>("Spend.ProRata(DateInterval)", Null, "null interval", () => new Spend(Email, TenUsd, March).ProRata(null!), "interval", "null");
        yield return Row.Throws<ArgumentException>("Spend.ProRata(DateInterval)", Inconsistent, "other calendar", () => new Spend(Email, TenUsd, March).ProRata(new DateInterval(new LocalDate(2026, 3, 1, CalendarSystem.Julian), new LocalDate(2026, 3, 5, CalendarSystem.Julian))), "interval", "must use the calendar");
        yield return Row.Throws<ArgumentNullException>("Spend.TotalsByChannel(IEnumerable<Spend>, Currency)", Null, "null spends", () => Spend.TotalsByChannel(null!, Usd), "spends", "null");
        yield return Row.Throws<ArgumentException>("Spend.TotalsByChannel(IEnumerable<Spend>, Currency)", Null, "null item", () => Spend.TotalsByChannel([null!], Usd), "spends", "spends[0] must not be null");
        yield return Row.Throws<ArgumentException>("Spend.TotalsByChannel(IEnumerable<Spend>, Currency)", DefaultStruct, "default currency", () => Spend.TotalsByChannel([], default), "currency", "must be a real currency");
        yield return Row.Throws<CurrencyMismatchException>("Spend.TotalsByChannel(IEnumerable<Spend>, Currency)", CurrencyMismatch, "EUR spend in a USD total", () => Spend.TotalsByChannel([new Spend(Email, new Money(5m, Currency.Eur), March)], Usd), "spends[0]", "cannot be combined");

        // PaymentModel factories
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.Cpc(Money)", Negative, "negative rate", () => PaymentModel.Cpc(MinusOneUsd), "perClick", "must be non-negative");
        yield return Row.Throws<ArgumentException>("PaymentModel.Cpc(Money)", DefaultStruct, "default rate", () => PaymentModel.Cpc(default), "perClick", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.Cpm(Money)", Negative, "negative rate", () => PaymentModel.Cpm(MinusOneUsd), "perThousand", "must be non-negative");
        yield return Row.Throws<ArgumentException>("PaymentModel.Cpm(Money)", DefaultStruct, "default rate", () => PaymentModel.Cpm(default), "perThousand", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.Cpl(Money)", Negative, "negative rate", () => PaymentModel.Cpl(MinusOneUsd), "perLead", "must be non-negative");
        yield return Row.Throws<ArgumentException>("PaymentModel.Cpl(Money)", DefaultStruct, "default rate", () => PaymentModel.Cpl(default), "perLead", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.Cpa(Money)", Negative, "negative rate", () => PaymentModel.Cpa(MinusOneUsd), "perAcquisition", "must be non-negative");
        yield return Row.Throws<ArgumentException>("PaymentModel.Cpa(Money)", DefaultStruct, "default rate", () => PaymentModel.Cpa(default), "perAcquisition", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.FlatFee(Money)", Negative, "negative fee", () => PaymentModel.FlatFee(MinusOneUsd), "fee", "must be non-negative");
        yield return Row.Throws<ArgumentException>("PaymentModel.FlatFee(Money)", DefaultStruct, "default fee", () => PaymentModel.FlatFee(default), "fee", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.RevenueShare(decimal)", Negative, "negative share", () => PaymentModel.RevenueShare(-0.1m), "share", "must be between 0 and 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("PaymentModel.RevenueShare(decimal)", OutOfRange, "share 10 meant as 10%", () => PaymentModel.RevenueShare(10m), "share", "must be between 0 and 1");
        yield return Row.Throws<ArgumentNullException>("PaymentModel.Hybrid(PaymentModel[])", Null, "null parts", () => PaymentModel.Hybrid(null!), "parts", "null");
        yield return Row.Throws<ArgumentException>("PaymentModel.Hybrid(PaymentModel[])", Empty, "no parts", () => PaymentModel.Hybrid(), "parts", "must contain at least one payment model");
        yield return Row.Throws<ArgumentException>("PaymentModel.Hybrid(PaymentModel[])", DefaultStruct, "default part", () => PaymentModel.Hybrid(PaymentModel.FlatFee(TenUsd), default), "parts", "parts[1] must be a payment model");
        yield return Row.Throws<CurrencyMismatchException>("PaymentModel.Hybrid(PaymentModel[])", CurrencyMismatch, "USD fee and EUR CPC", () => PaymentModel.Hybrid(PaymentModel.FlatFee(TenUsd), PaymentModel.Cpc(new Money(1m, Currency.Eur))), "parts[1]", "cannot be combined");
        yield return Row.Throws<InvalidOperationException>("PaymentModel.Cost(Delivery)", DefaultStruct, "default(PaymentModel)", () => default(PaymentModel).Cost(new Delivery(clicks: 1)), null, "default(PaymentModel)");
        yield return Row.Throws<CurrencyMismatchException>("PaymentModel.Cost(Delivery)", CurrencyMismatch, "USD fee plus share of EUR revenue", () => PaymentModel.Hybrid(PaymentModel.FlatFee(TenUsd), PaymentModel.RevenueShare(0.1m)).Cost(new Delivery(revenue: new Money(100m, Currency.Eur))), "right", "cannot be combined");
        yield return Row.Throws<OverflowException>("PaymentModel.Cost(Delivery)", Overflow, "huge CPC times clicks", () => PaymentModel.Cpc(new Money(decimal.MaxValue / 2, Usd)).Cost(new Delivery(clicks: 3)), null, "overflowed");

        // PaymentModel parsing
        yield return Row.Throws<ArgumentNullException>("PaymentModel.Parse(string, IFormatProvider?)", Null, "null text", () => PaymentModel.Parse(null!), "s", "null");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", Empty, "empty text", () => PaymentModel.Parse(string.Empty), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", Malformed, "unknown kind", () => PaymentModel.Parse("CPX 0.50 USD"), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", Negative, "negative rate", () => PaymentModel.Parse("CPC -0.50 USD"), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", OutOfRange, "share above 1", () => PaymentModel.Parse("RevenueShare 1.5"), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", Malformed, "unclosed hybrid", () => PaymentModel.Parse("Hybrid(FlatFee 500.00 USD + RevenueShare 0.1"), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(string, IFormatProvider?)", CurrencyMismatch, "hybrid in two currencies", () => PaymentModel.Parse("Hybrid(FlatFee 500.00 USD + CPC 1.00 EUR)"), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(ReadOnlySpan<char>, IFormatProvider?)", Empty, "empty text", () => PaymentModel.Parse(ReadOnlySpan<char>.Empty), null, "must be a payment model");
        yield return Row.Throws<FormatException>("PaymentModel.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "empty hybrid", () => PaymentModel.Parse("Hybrid()".AsSpan()), null, "must be a payment model");
    }

    internal static IEnumerable<TryBadInputRow> TryRows()
    {
        yield return Row.False("PaymentModel.TryParse(string?, IFormatProvider?, out PaymentModel)", Null, "null text", () => PaymentModel.TryParse(null, null, out _));
        yield return Row.False("PaymentModel.TryParse(string?, IFormatProvider?, out PaymentModel)", Malformed, "rate without currency", () => PaymentModel.TryParse("CPC 0.50", null, out _));
        yield return Row.False("PaymentModel.TryParse(ReadOnlySpan<char>, IFormatProvider?, out PaymentModel)", Empty, "empty text", () => PaymentModel.TryParse(ReadOnlySpan<char>.Empty, null, out _));
        yield return Row.False("PaymentModel.TryParse(ReadOnlySpan<char>, IFormatProvider?, out PaymentModel)", Negative, "negative share", () => PaymentModel.TryParse("RevenueShare -0.1".AsSpan(), null, out _));
    }
}
