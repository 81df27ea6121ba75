using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of money and the lifetime value types (one <see cref="JsonObject.Of{T}"/> each): the only place their
/// field names are written. Names are the C# property names; the caller's naming policy converts them. Within a class,
/// a table uses only tables declared above it (static fields initialise in order).
/// </summary>
internal static class ValueJson
{
    /// <summary>
    /// Money is <c>{"Amount":25.00,"Currency":"USD"}</c>, the amount an exact number (never a double). A custom currency also
    /// carries <c>MinorUnits</c> (and <c>NumericCode</c> when not 0), so it reads back; only a zero may be currency-less.
    /// </summary>
    internal static readonly JsonConverter<Money> Money = JsonObject.Of<Money>(nameof(PerfMetrics.Money), f =>
    {
        var amount = f.Field(nameof(PerfMetrics.Money.Amount), m => m.Amount, V.Decimal);
        var code = f.Field(nameof(PerfMetrics.Money.Currency), m => m.IsDefault ? null : m.Currency.Code, V.NullableString);
        var minorUnits = f.Optional("MinorUnits", m => (int?)m.Currency.MinorUnits, V.Nullable(V.Int32), IsCustom);
        var numericCode = f.Optional("NumericCode", m => (int?)m.Currency.NumericCode, V.Nullable(V.Int32), m => IsCustom(m) && m.Currency.NumericCode != 0);
        return v => MoneyOf(v.Get(amount), v.Get(code), v.Get(minorUnits), v.Get(numericCode), v.NameOf(minorUnits));
    });

    internal static readonly JsonConverter<Periods> Periods = PerUnit(
        nameof(Lifetime.Periods), nameof(Lifetime.Periods.Count), p => p.Count, V.Decimal, nameof(Lifetime.Periods.Unit), p => p.Unit, (count, unit) => new Periods(count, unit));

    internal static readonly JsonConverter<RetentionRate> RetentionRate = PerUnit(
        nameof(Lifetime.RetentionRate), nameof(Lifetime.RetentionRate.Value), r => r.Value, V.Decimal, nameof(Lifetime.RetentionRate.Per), r => r.Per, (value, per) => new RetentionRate(value, per));

    internal static readonly JsonConverter<DiscountRate> DiscountRate = PerUnit(
        nameof(Lifetime.DiscountRate), nameof(Lifetime.DiscountRate.Value), r => r.Value, V.Decimal, nameof(Lifetime.DiscountRate.Per), r => r.Per, (value, per) => new DiscountRate(value, per));

    internal static readonly JsonConverter<PurchaseFrequency> PurchaseFrequency = PerUnit(
        nameof(Lifetime.PurchaseFrequency), nameof(Lifetime.PurchaseFrequency.Purchases), r => r.Purchases, V.Decimal, nameof(Lifetime.PurchaseFrequency.Per), r => r.Per, (purchases, per) => new PurchaseFrequency(purchases, per));

    internal static readonly JsonConverter<MoneyPerPeriod> MoneyPerPeriod = PerUnit(
        nameof(Lifetime.MoneyPerPeriod), nameof(Lifetime.MoneyPerPeriod.Amount), r => r.Amount, Money, nameof(Lifetime.MoneyPerPeriod.Per), r => r.Per, (amount, per) => new MoneyPerPeriod(amount, per));

    internal static readonly JsonConverter<ProfitVerdict> ProfitVerdict = V.Enum<ProfitVerdict>();

    internal static readonly JsonConverter<CeilingVerdict> CeilingVerdict = V.Enum<CeilingVerdict>();

    /// <summary>The table of a quantity with its period unit, <c>{"Value":0.8,"Per":"P1M"}</c>: two fields, the second a <see cref="PeriodUnit"/>.</summary>
    private static JsonConverter<T> PerUnit<T, TValue>(
        string typeName, string valueName, Func<T, TValue> getValue, JsonConverter<TValue> value, string unitName, Func<T, PeriodUnit> getUnit, Func<TValue, PeriodUnit, T> create) =>
        JsonObject.Of<T>(typeName, f =>
        {
            var v = f.Field(valueName, getValue, value);
            var unit = f.Field(unitName, getUnit, V.Unit);
            return values => create(values.Get(v), values.Get(unit));
        });

    private static bool IsCustom(Money money) =>
        !money.IsDefault && (!Currency.TryFromCode(money.Currency.Code, out var iso) || iso != money.Currency);

    private static Money MoneyOf(decimal amount, string? code, int? minorUnits, int? numericCode, string minorUnitsName)
    {
        if (code is null)
        {
            return amount == 0m
                ? default
                : throw new JsonException($"Money amount {Guard.Format(amount)} needs a currency; only a zero may be currency-less.");
        }

        if (minorUnits is null)
        {
            return PerfMetrics.Currency.TryFromCode(code, out var currency)
                ? new Money(amount, currency)
                : throw new JsonException($"Money currency must be a known ISO 4217 code (or carry \"{minorUnitsName}\" for a custom currency), was \"{code}\".");
        }

        return new Money(amount, PerfMetrics.Currency.Custom(code, minorUnits.Value, numericCode ?? 0));
    }
}
