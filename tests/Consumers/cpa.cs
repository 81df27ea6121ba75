#:package PerfMetrics@0.2.0
#:property PublishAot=false

// Consumer check (run by .ci/run): the packed PerfMetrics package, installed from the folder feed as a user would.
// The dropshipping example: $350 of ads brought 14 sales, so each sale cost 25.00 USD.
using PerfMetrics;
using PerfMetrics.Metrics;

var usd = Currency.Usd;
var cpa = Cpa.Of(new Money(350m, usd), 14);
Console.WriteLine($"CPA {cpa?.Round()}");

// The informational version carries the commit it was packed from, so .ci/run can tell a stale cached package apart.
var version = typeof(Money).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false);
Console.WriteLine($"PerfMetrics {((System.Reflection.AssemblyInformationalVersionAttribute)version[0]).InformationalVersion}");
