namespace PerfMetrics.Lifetime;

/// <summary>Customer lifetime value (CLV) from the BG/NBD and Gamma-Gamma models.</summary>
public static class Clv
{
}
