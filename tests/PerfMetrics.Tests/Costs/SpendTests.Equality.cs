using NodaTime;

namespace PerfMetrics.Tests;

/// <summary>
/// Value equality pair by pair: each pair differs in exactly one field, so an equality that checked only some fields (or
/// joined them with "or") would call the pair equal. The property tests draw random values, which almost never differ in
/// one field only.
/// </summary>
public partial class SpendTests
{
    private static readonly Channel Email = new("email");
    private static readonly Channel Search = new("search");
    private static readonly Money TenUsd = new(10m, Currency.Usd);

    [Fact]
    public void Spend_DiffersInOneField_IsNotEqual()
    {
        var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var a = new Spend(Email, TenUsd, march, "spring");
        Assert.Equal(a, new Spend(Email, TenUsd, march, "spring"));
        Assert.NotEqual(a, new Spend(Search, TenUsd, march, "spring"));
        Assert.NotEqual(a, new Spend(Email, new Money(11m, Currency.Usd), march, "spring"));
        Assert.NotEqual(a, new Spend(Email, TenUsd, new DateInterval(march.Start, march.End.PlusDays(-1)), "spring"));
        Assert.NotEqual(a, new Spend(Email, TenUsd, march, "summer"));
        Spend? none = null;
        Assert.True(none == null);
        Assert.False(none == a);
        Assert.False(a == none);
    }
}
