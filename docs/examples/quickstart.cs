#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Quick start: a Meta campaign at $50/day for 7 days brought 14 sales; each sale earns a $38 margin.
// Is the campaign's cost per acquisition (CPA) below the margin a sale earns?
using NodaTime;
using PerfMetrics;

var usd = Currency.Usd;
var week = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7));
var spend = new Spend(new Channel("meta"), new Money(50m, usd) * week.Length, week, campaign: "spring-sale");
var sales = 14;
var marginPerSale = new Money(38m, usd);

var cpa = (spend.Amount / sales).Round();
var profitPerSale = marginPerSale - cpa;
var totalProfit = profitPerSale * sales;

Console.WriteLine($"Spend:           {spend}");
Console.WriteLine($"Spend per day:   {spend.PerDay}");
Console.WriteLine($"Sales:           {sales}");
Console.WriteLine($"CPA:             {cpa}");
Console.WriteLine($"Margin per sale: {marginPerSale}");
Console.WriteLine($"Profit per sale: {profitPerSale}");
Console.WriteLine($"Total profit:    {totalProfit}");
Console.WriteLine(cpa < marginPerSale ? "Verdict:         profitable (CPA below margin)" : "Verdict:         not profitable");

// Money never loses a cent: split the week's spend over three ad sets by budget weight.
var parts = spend.Amount.Allocate([1m, 1m, 1m]);
Console.WriteLine($"Split 3 ways:    {string.Join(" + ", parts)} = {Money.Sum(parts, usd)}");
