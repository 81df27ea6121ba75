using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The per-customer predictions of a fitted repeat-purchase model on validated numbers (x, t_x, T in the model's unit),
/// and the same model at other parameter values: what <see cref="Clv"/> and <see cref="CustomerValueTable"/> need from
/// BG/NBD, MBG/NBD and Pareto/NBD alike (the delta method moves the parameters).
/// </summary>
/// <remarks>
/// The library's models are called through their internal cores (no <see cref="Periods"/> or row per call); any other
/// <see cref="IRepeatPurchaseModel"/> goes through its public members, and has no parameters to move.
/// </remarks>
internal abstract class RepeatPurchaseKernel
{
    /// <summary>Gets the model's unit.</summary>
    internal abstract PeriodUnit Unit { get; }

    /// <summary>Gets the model's parameters in its fit's order (empty for a model the library does not know).</summary>
    internal abstract double[] Parameters { get; }

    /// <summary>P(alive | x, t_x, T).</summary>
    internal abstract double Alive(double x, double tx, double t);

    /// <summary>E[Y(horizon) | x, t_x, T].</summary>
    internal abstract double Expected(double horizon, double x, double tx, double t);

    /// <summary>The same kind of model at other parameter values (same unit).</summary>
    internal abstract RepeatPurchaseKernel With(ReadOnlySpan<double> parameters);

    /// <summary>The kernel of a model; throws <see cref="ArgumentNullException"/> for null.</summary>
    internal static RepeatPurchaseKernel Of(IRepeatPurchaseModel model, string paramName = "purchases")
    {
        Guard.NotNull(model, paramName);
        return model switch
        {
            BgNbd m => new BgNbdKernel(m),
            ModifiedBgNbd m => new ModifiedKernel(m),
            ParetoNbd m => new ParetoKernel(m),
            _ => new PublicKernel(model, PeriodUnit.Required(model.Unit, paramName)),
        };
    }

    private sealed class BgNbdKernel(BgNbd model) : RepeatPurchaseKernel
    {
        internal override PeriodUnit Unit => model.Unit;

        internal override double[] Parameters => model.ParameterValues;

        internal override double Alive(double x, double tx, double t) => model.ProbabilityAliveCore(x, tx, t, dropoutAtStart: false);

        internal override double Expected(double horizon, double x, double tx, double t) => model.ConditionalExpectedCore(horizon, x, tx, t);

        internal override RepeatPurchaseKernel With(ReadOnlySpan<double> p) => new BgNbdKernel(new BgNbd(p[0], p[1], p[2], p[3], model.Unit));
    }

    private sealed class ModifiedKernel(ModifiedBgNbd model) : RepeatPurchaseKernel
    {
        internal override PeriodUnit Unit => model.Unit;

        internal override double[] Parameters => model.ParameterValues;

        internal override double Alive(double x, double tx, double t) => model.ProbabilityAliveCore(x, tx, t);

        internal override double Expected(double horizon, double x, double tx, double t) => model.ConditionalExpectedCore(horizon, x, tx, t);

        internal override RepeatPurchaseKernel With(ReadOnlySpan<double> p) => new ModifiedKernel(new ModifiedBgNbd(p[0], p[1], p[2], p[3], model.Unit));
    }

    private sealed class ParetoKernel(ParetoNbd model) : RepeatPurchaseKernel
    {
        internal override PeriodUnit Unit => model.Unit;

        internal override double[] Parameters => model.ParameterValues;

        internal override double Alive(double x, double tx, double t) => model.ProbabilityAliveCore(x, tx, t);

        internal override double Expected(double horizon, double x, double tx, double t) => model.ConditionalExpectedCore(horizon, x, tx, t);

        internal override RepeatPurchaseKernel With(ReadOnlySpan<double> p) => new ParetoKernel(new ParetoNbd(p[0], p[1], p[2], p[3], model.Unit));
    }

    /// <summary>A model the library does not know: its public members, with a row rebuilt from the numbers.</summary>
    private sealed class PublicKernel(IRepeatPurchaseModel model, PeriodUnit unit) : RepeatPurchaseKernel
    {
        internal override PeriodUnit Unit => unit;

        internal override double[] Parameters => [];

        internal override double Alive(double x, double tx, double t) => model.ProbabilityAlive(Row(x, tx, t));

        internal override double Expected(double horizon, double x, double tx, double t) =>
            horizon == 0d ? 0d : model.ConditionalExpectedPurchases(new Periods((decimal)horizon, unit), Row(x, tx, t));

        internal override RepeatPurchaseKernel With(ReadOnlySpan<double> parameters) =>
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{model.GetType().Name} has no parameters the library can move."));

        private CustomerRfm Row(double x, double tx, double t) =>
            CustomerRfm.Trusted(string.Empty, (int)x, new Periods((decimal)tx, unit), new Periods((decimal)t, unit), x > 0d ? Money.Zero(Currency.Usd) : null, null, null);
    }
}
