namespace PerfMetrics.Attribution;

/// <summary>How a Markov model credits conversion value to channels.</summary>
public enum MarkovValueMode
{
    /// <summary>
    /// Value-weighted removal effects (the default, the convention of the R package ChannelAttribution): absorption into
    /// CONVERSION from a last state pays the mean value per conversion of the paths ending in that state, and each
    /// channel's value credit is its removal effect on the expected value, normalised to the total value.
    /// </summary>
    ValueWeighted = 0,

    /// <summary>The value is split like the conversions: normalised conversion removal effects x total value.</summary>
    ConversionShare = 1,
}
