namespace PerfMetrics.Attribution;

/// <summary>
/// A data-driven model (Markov removal effects, conversion-probability Shapley) as the engine sees it: credit ratios per
/// channel of a whole table, not weights per path. <see cref="AttributionEngine"/> turns them into credit with the same
/// normalisation and the same value apportionment as every other model.
/// </summary>
internal interface ITableModel
{
    /// <summary>Returns the ratios for the channels of <paramref name="table"/>.</summary>
    /// <param name="table">The table being attributed.</param>
    /// <param name="channels">The table's channels in ordinal order of names; the ratios are aligned with it.</param>
    /// <returns>
    /// Non-negative finite conversion ratios and value ratios, one per channel, and the total conversions to distribute
    /// (the table's, summed the way the model's fit sums them).
    /// </returns>
    (double[] Conversions, double[] Value, double TotalConversions) Ratios(PathTable table, Channel[] channels);
}
