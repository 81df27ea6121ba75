using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Cli.Input;
using PerfMetrics.Cli.Output;
using PerfMetrics.Experiments;
using PerfMetrics.Internal;
using PerfMetrics.Metrics;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics experiment</c>: the experiments area (docs/experiments.md) as four subcommands: a holdout test
/// (<see cref="HoldoutTest"/>), an A/B test (<see cref="AbTest"/>), the sample size of the next test
/// (<see cref="PowerAnalysis"/>) and a geo test by time-based regression from a geo CSV (<see cref="TimeBasedRegression"/>).
/// The results print as the library's text reports; JSON has every number unrounded.
/// </summary>
internal sealed class ExperimentCommand : CliCommandGroup
{
    /// <inheritdoc/>
    internal override string Name => "experiment";

    /// <inheritdoc/>
    internal override string Description => "Experiments: holdout lift, A/B test, sample size, geo test (TBR) from a geo CSV.";

    /// <inheritdoc/>
    internal override IReadOnlyList<CliCommand> Subcommands { get; } = [new HoldoutCommand(), new AbCommand(), new SampleSizeCommand(), new TbrCommand()];

    /// <summary>The confidence-level option of every experiment.</summary>
    internal static Option<double?> Confidence() =>
        ExperimentValues.Fraction("--confidence", "Confidence level of the intervals, between 0 and 1 (default 0.95).", "LEVEL");

    /// <summary>A result printed as the library's multi-line text report and as JSON.</summary>
    internal sealed class ReportOutput<T>(string text, T json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) : CommandOutput
    {
        internal override string Text() => text;

        internal override string Markdown() => throw new NotSupportedException("Experiments print text and JSON.");

        internal override string Json() => JsonSerializer.Serialize(json, type);
    }
}

/// <summary><c>perfmetrics experiment holdout</c>: incremental conversions, lift and the cost per incremental conversion of a holdout test.</summary>
internal sealed class HoldoutCommand : CliCommand
{
    private readonly Option<CountsValue?> _test = ExperimentValues.Counts("--test", "Exposed group: conversions/users (1100/90000).");
    private readonly Option<CountsValue?> _control = ExperimentValues.Counts("--control", "Held-out group: conversions/users (100/10000).");
    private readonly Option<Money?> _spend = Values.Money("--spend", "What the campaign cost during the test (9000USD).");
    private readonly Option<Money?> _margin = Values.Money("--margin", "Margin per conversion: adds the incremental CPA verdict and the incremental profit (38USD).");
    private readonly Option<Money?> _value = Values.Money("--value", "Revenue per conversion: adds the incremental ROAS (95USD).");
    private readonly Option<double?> _confidence = ExperimentCommand.Confidence();

    /// <inheritdoc/>
    internal override string Name => "holdout";

    /// <inheritdoc/>
    internal override string Description => "Holdout (conversion-lift) test: incremental conversions, lift, cost per incremental conversion, p-value.";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => TextJson;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _test.Required = true;
        _control.Required = true;
        _spend.Required = true;
        foreach (var option in new Option[] { _test, _control, _spend, _margin, _value, _confidence })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var test = Values.Required(result, _test).ToCounts();
        var control = Values.Required(result, _control).ToCounts();
        var spend = Values.Required(result, _spend);
        var r = HoldoutTest.Analyze(test, control, spend, result.GetValue(_confidence) ?? HoldoutTest.DefaultConfidenceLevel);
        var text = new StringBuilder(r.ToString());
        MarginCheck? check = null;
        MoneyEstimate? profit = null;
        Estimate? roas = null;
        if (result.GetValue(_margin) is { } margin)
        {
            check = r.CheckMargin(margin);
            profit = r.IncrementalProfit(margin);
            text.Append(CultureInfo.InvariantCulture, $"  incremental CPA vs margin:      {(check is { } c ? c.ToString() : "undefined (no incremental conversion)")}\n");
            text.Append(CultureInfo.InvariantCulture, $"  incremental profit:             {profit}\n");
        }

        if (result.GetValue(_value) is { } value)
        {
            roas = r.IncrementalRoas(value);
            text.Append(CultureInfo.InvariantCulture, $"  incremental ROAS:               {(roas is { } e ? e.ToString("F2") : "undefined")}\n");
        }

        var json = new HoldoutJson(
            r.Test, r.Control, r.Spend, r.ConfidenceLevel, r.ScaledControlConversions, r.IncrementalConversions, r.Lift, r.RateDifference,
            r.CostPerIncrementalConversion, r.PValue, r.ZScore, check, profit, roas);
        return new ExperimentCommand.ReportOutput<HoldoutJson>(text.ToString(), json, CliJsonContext.Default.HoldoutJson);
    }
}

/// <summary><c>perfmetrics experiment ab</c>: two conversion rates compared (difference, ratio, p-value, P(B beats A)).</summary>
internal sealed class AbCommand : CliCommand
{
    private readonly Option<CountsValue?> _a = ExperimentValues.Counts("--a", "Variant A: conversions/users (120/2400).");
    private readonly Option<CountsValue?> _b = ExperimentValues.Counts("--b", "Variant B: conversions/users (150/2400).");
    private readonly Option<double?> _confidence = ExperimentCommand.Confidence();

    /// <inheritdoc/>
    internal override string Name => "ab";

    /// <inheritdoc/>
    internal override string Description => "A/B test of two conversion rates: difference (Newcombe, Wald), ratio, p-value, P(B beats A).";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => TextJson;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _a.Required = true;
        _b.Required = true;
        foreach (var option in new Option[] { _a, _b, _confidence })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var r = AbTest.Compare(Values.Required(result, _a).ToCounts(), Values.Required(result, _b).ToCounts(), result.GetValue(_confidence) ?? HoldoutTest.DefaultConfidenceLevel);
        var json = new AbJson(r.A, r.B, r.ConfidenceLevel, r.DifferenceNewcombe, r.DifferenceWald, r.Ratio, r.PValue, r.ZScore, r.ProbabilityBBeatsA);
        return new ExperimentCommand.ReportOutput<AbJson>(r.ToString(), json, CliJsonContext.Default.AbJson);
    }
}

/// <summary><c>perfmetrics experiment sample-size</c>: users needed to detect a change of conversion rate.</summary>
internal sealed class SampleSizeCommand : CliCommand
{
    private readonly Option<double?> _rate = ExperimentValues.Fraction("--rate", "Conversion rate of the first group (control), a fraction (0.011).", "RATE");
    private readonly Option<double?> _target = ExperimentValues.Fraction("--target", "Conversion rate to detect in the second group (0.0121); or --lift.", "RATE");
    private readonly Option<double?> _lift = ExperimentValues.Fraction("--lift", "Relative lift to detect, a fraction (0.1 for +10%); or --target.", "FRACTION");
    private readonly Option<double?> _power = ExperimentValues.Fraction("--power", "Power, between 0 and 1 (default 0.8).", "POWER");
    private readonly Option<double?> _alpha = ExperimentValues.Fraction("--alpha", "Two-sided significance level (default 0.05).", "ALPHA");
    private readonly Option<double?> _share = ExperimentValues.Fraction("--share", "Share of users in the second group (default 0.5; 0.9 for a 10% holdout).", "SHARE");
    private readonly Option<double?> _daily = ExperimentValues.Fraction("--daily-users", "Eligible users a day: adds the days the test runs.", "USERS");

    /// <inheritdoc/>
    internal override string Name => "sample-size";

    /// <inheritdoc/>
    internal override string Description => "Sample size (power analysis) of a two-proportion test: users per group and days.";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => TextJson;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _rate.Required = true;
        foreach (var option in new Option[] { _rate, _target, _lift, _power, _alpha, _share, _daily })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var rate = Values.Required(result, _rate);
        var target = result.GetValue(_target);
        var lift = result.GetValue(_lift);
        var second = (target, lift) switch
        {
            ({ } t, null) => t,
            (null, { } l) => rate * (1d + l),
            _ => throw new UsageException("give the change to detect either as --target RATE or as --lift FRACTION, one of them."),
        };
        var plan = PowerAnalysis.SampleSize(rate, second, result.GetValue(_power) ?? 0.8, result.GetValue(_alpha) ?? PowerAnalysis.DefaultSignificanceLevel, result.GetValue(_share) ?? PowerAnalysis.EqualSplit);
        int? days = result.GetValue(_daily) is { } daily ? plan.Days(daily) : null;
        var text = new StringBuilder("Sample size\n");
        text.Append(CultureInfo.InvariantCulture, $"  {plan}\n");
        text.Append(CultureInfo.InvariantCulture, $"  users to recruit: {plan.TotalUsers:N0} ({plan.FirstGroupUsers:N0} + {plan.SecondGroupUsers:N0})\n");
        if (days is { } d)
        {
            text.Append(CultureInfo.InvariantCulture, $"  days at {result.GetValue(_daily):N0} eligible users a day: {d}\n");
        }

        return new ExperimentCommand.ReportOutput<SampleSizeJson>(text.ToString(), new SampleSizeJson(plan, days), CliJsonContext.Default.SampleSizeJson);
    }
}

/// <summary><c>perfmetrics experiment tbr</c>: a geo test by time-based regression, from a geo CSV and an assignment CSV.</summary>
internal sealed class TbrCommand : CliCommand
{
    private readonly Argument<string> _file = new("geo.csv") { Description = "Daily response per geo (date,geo,sales); - reads standard input." };
    private readonly Option<string> _assignment = new("--assignment") { Description = "The groups: a CSV with a geo column and a group column.", HelpName = "FILE", Required = true };
    private readonly Option<DateInterval?> _pre = ExperimentValues.Dates("--pre", "The pre-test period, first..last day (2015-01-05..2015-02-15).");
    private readonly Option<DateInterval?> _test = ExperimentValues.Dates("--test", "The test period, first..last day (2015-02-16..2015-03-15).");
    private readonly Option<DateInterval?> _cooldown = ExperimentValues.Dates("--cooldown", "A cool-down period right after the test, counted in the effect.");
    private readonly Option<decimal?> _cost = Values.Decimal("--cost", "Incremental cost in the treatment geos: adds the iROAS (50000).", "AMOUNT");
    private readonly Option<double?> _confidence = ExperimentCommand.Confidence();
    private readonly Option<string> _response = Column("--response-column", "sales", "Column of the daily response in the geo CSV.");
    private readonly Option<string> _group = Column("--group-column", "group", "Column of the group in the assignment CSV.");
    private readonly Option<string> _treatment = Column("--treatment", "treatment", "Group value of the treatment geos.");
    private readonly Option<string> _control = Column("--control", "control", "Group value of the control geos.");
    private readonly Option<bool> _fill = new("--fill-missing") { Description = "A geo without a row on a day had a response of 0 that day (by default a missing geo-day is an error)." };

    /// <inheritdoc/>
    internal override string Name => "tbr";

    /// <inheritdoc/>
    internal override string Description => "Geo test by time-based regression (Kerman et al. 2017): cumulative effect, lift, iROAS.";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => TextJson;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _pre.Required = true;
        _test.Required = true;
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _assignment, _pre, _test, _cooldown, _cost, _confidence, _response, _group, _treatment, _control, _fill })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var pre = Values.RequiredObject(result, _pre);
        var test = Values.RequiredObject(result, _test);
        var treatmentName = result.GetValue(_treatment)!;
        var controlName = result.GetValue(_control)!;
        GeoAssignment assignment;
        using (var file = InputFile.Open(result.GetValue(_assignment)!, console))
        {
            assignment = file.Read(reader => ReadAssignment(reader, result.GetValue(_group)!, treatmentName, controlName));
        }

        List<GeoObservation> observations;
        using (var file = InputFile.Open(result.GetValue(_file)!, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            observations = file.Read(reader => ReadObservations(reader, result.GetValue(_response)!));
        }

        if (result.GetValue(_fill))
        {
            observations = FillMissing(observations);
        }

        var r = TimeBasedRegression.Analyze(observations, assignment, pre, test, result.GetValue(_cooldown), result.GetValue(_confidence) ?? HoldoutTest.DefaultConfidenceLevel);
        var text = new StringBuilder(r.ToString());
        TbrIroas? iroas = result.GetValue(_cost) is { } cost ? r.Iroas(cost) : null;
        if (iroas is { } i)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i}\n");
        }

        var json = new TbrJson(
            Day(pre.Start), Day(pre.End), Day(test.Start), Day(test.End), r.Cooldown is { } c ? Day(c.Start) : null, r.Cooldown is { } c2 ? Day(c2.End) : null,
            r.ConfidenceLevel, r.Intercept, r.Slope, r.Scale, r.ResidualStandardDeviation, r.DegreesOfFreedom, r.CumulativeEffect, r.LowerBound,
            r.CounterfactualTotal, r.RelativeLift, r.ProbabilityPositive, iroas,
            [.. r.Days.Select(d => new TbrDayJson(Day(d.Date), d.Treatment, d.Control, d.Counterfactual, d.CumulativeEffect))]);
        return new ExperimentCommand.ReportOutput<TbrJson>(text.ToString(), json, CliJsonContext.Default.TbrJson);
    }

    private static string Day(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Option<string> Column(string name, string defaultValue, string description) =>
        new(name) { Description = description, HelpName = "NAME", DefaultValueFactory = _ => defaultValue };

    /// <summary>Reads the assignment: every row names a geo and a group that is the treatment or the control value.</summary>
    private static GeoAssignment ReadAssignment(TextReader reader, string groupColumn, string treatment, string control)
    {
        var mapping = $"geo, {groupColumn}";
        var records = CsvRecords.Open(reader, mapping);
        var geo = records.Column("geo", mapping);
        var group = records.Column(groupColumn, mapping);
        var treated = new List<string>();
        var controls = new List<string>();
        while (records.Next())
        {
            var name = records.Field(geo).ToString();
            if (name.Length == 0)
            {
                throw records.Error(geo, "must not be empty");
            }

            var value = records.Field(group);
            if (value.Equals(treatment, StringComparison.Ordinal))
            {
                treated.Add(name);
            }
            else if (value.Equals(control, StringComparison.Ordinal))
            {
                controls.Add(name);
            }
            else
            {
                throw records.Error(group, $"must be the treatment group \"{treatment}\" or the control group \"{control}\" (--treatment, --control)");
            }
        }

        return new GeoAssignment(treated, controls);
    }

    /// <summary>Reads the daily response of every geo: an ISO date, a geo name and a decimal response per line.</summary>
    private static List<GeoObservation> ReadObservations(TextReader reader, string responseColumn)
    {
        var mapping = $"date, geo, {responseColumn}";
        var records = CsvRecords.Open(reader, mapping);
        var dateColumn = records.Column("date", mapping);
        var geoColumn = records.Column("geo", mapping);
        var responseIndex = records.Column(responseColumn, mapping);
        var observations = new List<GeoObservation>();
        while (records.Next())
        {
            var date = LocalDatePattern.Iso.Parse(records.Field(dateColumn).ToString());
            if (!date.Success)
            {
                throw records.Error(dateColumn, "must be a date such as 2015-01-05");
            }

            var geo = records.Field(geoColumn).ToString();
            if (geo.Length == 0)
            {
                throw records.Error(geoColumn, "must not be empty");
            }

            if (!decimal.TryParse(records.Field(responseIndex), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var response))
            {
                throw records.Error(responseIndex, "must be a decimal number (invariant culture, no thousands separators)");
            }

            observations.Add(new GeoObservation(geo, date.Value, response));
        }

        return observations;
    }

    /// <summary>Adds a response of 0 for every geo on every day of the file on which it has no row.</summary>
    private static List<GeoObservation> FillMissing(List<GeoObservation> observations)
    {
        var have = observations.Select(o => (o.Geo, o.Date)).ToHashSet();
        var days = observations.Select(o => o.Date).Distinct().Order().ToList();
        var geos = observations.Select(o => o.Geo).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var filled = new List<GeoObservation>(geos.Count * days.Count);
        filled.AddRange(observations);
        foreach (var geo in geos)
        {
            foreach (var day in days)
            {
                if (!have.Contains((geo, day)))
                {
                    filled.Add(new GeoObservation(geo, day, 0m));
                }
            }
        }

        return filled;
    }
}

/// <summary>The JSON of <c>perfmetrics experiment holdout</c>.</summary>
internal sealed record HoldoutJson(
    GroupCounts Test,
    GroupCounts Control,
    Money Spend,
    double ConfidenceLevel,
    double ScaledControlConversions,
    Estimate IncrementalConversions,
    Estimate? Lift,
    Estimate RateDifference,
    MoneyEstimate? CostPerIncrementalConversion,
    double? PValue,
    double? ZScore,
    MarginCheck? IncrementalMarginCheck,
    MoneyEstimate? IncrementalProfit,
    Estimate? IncrementalRoas);

/// <summary>The JSON of <c>perfmetrics experiment ab</c>.</summary>
internal sealed record AbJson(
    GroupCounts A,
    GroupCounts B,
    double ConfidenceLevel,
    Estimate DifferenceNewcombe,
    Estimate DifferenceWald,
    Estimate? Ratio,
    double? PValue,
    double? ZScore,
    double ProbabilityBBeatsA);

/// <summary>The JSON of <c>perfmetrics experiment sample-size</c>.</summary>
internal sealed record SampleSizeJson(SampleSizePlan Plan, int? Days);

/// <summary>The JSON of <c>perfmetrics experiment tbr</c>: the periods as ISO dates, the fit, the effect and the days.</summary>
internal sealed record TbrJson(
    string PreTestStart,
    string PreTestEnd,
    string TestStart,
    string TestEnd,
    string? CooldownStart,
    string? CooldownEnd,
    double ConfidenceLevel,
    double Intercept,
    double Slope,
    double Scale,
    double ResidualStandardDeviation,
    int DegreesOfFreedom,
    Estimate CumulativeEffect,
    double LowerBound,
    double CounterfactualTotal,
    double? RelativeLift,
    double ProbabilityPositive,
    TbrIroas? Iroas,
    IReadOnlyList<TbrDayJson> Days);

/// <summary>One day of <see cref="TbrJson"/>.</summary>
internal sealed record TbrDayJson(string Date, double Treatment, double Control, double Counterfactual, Estimate CumulativeEffect);
