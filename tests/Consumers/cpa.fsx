// Consumer check (run by .ci/run): the packed PerfMetrics package from the folder feed, in an F# script.
// #i needs an absolute folder, so .ci/run copies this file to artifacts/consumers/ with __FEED__ replaced by the
// absolute path of artifacts/feed. A user writes their own folder or URL there, or leaves the line out for nuget.org.
#i "nuget: __FEED__"
#r "nuget: PerfMetrics, 0.2.0"

open PerfMetrics
open PerfMetrics.Metrics

let usd = Currency.Usd
let cpa = Cpa.Of(Money(350m, usd), 14m)
printfn "CPA %O" (cpa.Value.Round())

// The informational version carries the commit it was packed from, so .ci/run can tell a stale cached package apart.
let version =
    typeof<Money>.Assembly.GetCustomAttributes(typeof<System.Reflection.AssemblyInformationalVersionAttribute>, false)
    |> Array.head :?> System.Reflection.AssemblyInformationalVersionAttribute
printfn "PerfMetrics %s" version.InformationalVersion
