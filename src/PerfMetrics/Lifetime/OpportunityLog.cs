using System.Globalization;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// A transaction log turned into discrete transaction opportunities (the input of <see cref="BgBb"/>), with the holdout
/// count of each customer; shared by <see cref="OpportunityRfm.FromTransactions"/> and the BG/BB holdout validation.
/// </summary>
/// <remarks>
/// Periods are anchored at the calibration end, so every customer sees the same calendar (like the donations data's
/// years): the calibration period ending on the calibration end is period 0 back, the one before it 1 back, and so on
/// (<c>back(d) = unit.WholePeriodsBetween(d, calibrationEnd)</c>). A customer whose first purchase is b periods back has
/// n = b opportunities (the periods after the first-purchase period, up to the calibration end); a purchase on date d is
/// at opportunity <c>b - back(d)</c> (0, the first-purchase period itself, is not an opportunity). x = the number of
/// opportunities with at least one purchase, t_x = the last of them (0 if none). Holdout opportunity j (1, 2, ...) holds
/// the dates d after the calibration end with <c>unit.WholePeriodsBetween(calibrationEnd, d - 1 day) = j - 1</c>; there are
/// <c>n* = unit.WholePeriodsBetween(calibrationEnd, observationEnd)</c> whole holdout periods, and the holdout count is the
/// number of them with a purchase (purchases in a last, partial period are not counted).
/// </remarks>
internal static class OpportunityLog
{
    /// <summary>Reads the log: one row per customer with a purchase by the calibration end, ordered by id (ordinal).</summary>
    internal static (OpportunityRfm[] Rows, int[] Holdout, int HoldoutOpportunities) Read(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        LocalDate calibrationEnd,
        LocalDate observationEnd)
    {
        RfmSummary.CheckObservationEnd(calibrationEnd, observationEnd);

        // Whole periods: merging plays no part (a period with several purchases is one opportunity with a transaction).
        var (byCustomer, _, afterEnd, lines) = RfmSummary.ReadLog(transactions, unit, PurchaseMerging.SamePeriod, observationEnd);
        var holdoutOpportunities = unit.WholePeriodsBetween(calibrationEnd, observationEnd);
        var ids = byCustomer.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var rows = new List<OpportunityRfm>(ids.Length);
        var holdout = new List<int>(ids.Length);
        var seen = new HashSet<int>();
        foreach (var id in ids)
        {
            var purchases = byCustomer[id];
            var first = purchases.Min(p => p.Date);
            if (first > calibrationEnd)
            {
                continue;
            }

            var n = unit.WholePeriodsBetween(first, calibrationEnd);
            var calibration = new HashSet<int>();
            seen.Clear();
            foreach (var (date, _) in purchases)
            {
                if (date <= calibrationEnd)
                {
                    var k = n - unit.WholePeriodsBetween(date, calibrationEnd);
                    if (k > 0)
                    {
                        calibration.Add(k);
                    }
                }
                else
                {
                    var j = unit.WholePeriodsBetween(calibrationEnd, date.PlusDays(-1)) + 1;
                    if (j <= holdoutOpportunities)
                    {
                        seen.Add(j);
                    }
                }
            }

            rows.Add(new OpportunityRfm(calibration.Count, calibration.Count == 0 ? 0 : calibration.Max(), n));
            holdout.Add(seen.Count);
        }

        if (rows.Count == 0)
        {
            Guard.ThrowArgument(
                nameof(transactions),
                string.Create(CultureInfo.InvariantCulture, $"transactions must hold at least one purchase on or before {calibrationEnd:uuuu-MM-dd}, had {lines} lines ({afterEnd} after the observation end)."));
        }

        return ([.. rows], [.. holdout], holdoutOpportunities);
    }
}
