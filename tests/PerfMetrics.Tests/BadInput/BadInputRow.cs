namespace PerfMetrics.Tests.BadInput;

/// <summary>The classes of bad input the matrix tries (issue 8, SPEC §6).</summary>
public enum BadInputClass
{
    /// <summary>A null reference (collection, string, model, reader, element).</summary>
    Null,

    /// <summary>An empty collection or string, or whitespace only.</summary>
    Empty,

    /// <summary>A negative count, amount, rate or duration.</summary>
    Negative,

    /// <summary>Zero where a positive value is required.</summary>
    Zero,

    /// <summary>NaN in a <see cref="double"/> parameter.</summary>
    NaN,

    /// <summary>Positive or negative infinity in a <see cref="double"/> parameter.</summary>
    Infinity,

    /// <summary>A rate, share, index or order outside its documented range.</summary>
    OutOfRange,

    /// <summary>Money in two currencies that must agree.</summary>
    CurrencyMismatch,

    /// <summary>A <c>default(T)</c> struct where a constructed value is required.</summary>
    DefaultStruct,

    /// <summary>Values that are each valid but contradict each other (t_x &gt; T, touch after the conversion...).</summary>
    Inconsistent,

    /// <summary>The same id or key twice where it must be unique.</summary>
    Duplicate,

    /// <summary>Text that does not parse.</summary>
    Malformed,

    /// <summary>Arithmetic beyond what the result type holds.</summary>
    Overflow,
}

/// <summary>
/// One row of the bad-input matrix: calling <see cref="EntryPoint"/> with an input of <see cref="Class"/> must throw
/// exactly <see cref="Expected"/> whose <c>ParamName</c> is <see cref="ParamName"/> and whose message contains
/// <see cref="Rule"/> (the rule broken, in words).
/// </summary>
/// <param name="EntryPoint">The signature key of the public member, as <see cref="PublicSurface.Key"/> renders it.</param>
/// <param name="Class">The class of bad input.</param>
/// <param name="Detail">A few words telling rows of the same entry point and class apart.</param>
/// <param name="Act">Calls the entry point with the bad input.</param>
/// <param name="Expected">The exact exception type.</param>
/// <param name="ParamName">The expected <see cref="ArgumentException.ParamName"/> (null for exceptions without one).</param>
/// <param name="Rule">A fragment the message must contain (case-insensitive).</param>
public sealed record BadInputRow(
    string EntryPoint,
    BadInputClass Class,
    string Detail,
    Action Act,
    Type Expected,
    string? ParamName,
    string Rule)
{
    /// <summary>A unique, readable key: entry point, class and detail.</summary>
    public string Key => $"{EntryPoint} | {Class} | {Detail}";
}

/// <summary>
/// A row for a <c>TryX</c> twin (STYLE rule 10): for the failure it names it must return <see langword="false"/>
/// (and a default result) instead of throwing.
/// </summary>
/// <param name="EntryPoint">The signature key of the public member.</param>
/// <param name="Class">The class of bad input.</param>
/// <param name="Detail">A few words telling rows apart.</param>
/// <param name="Try">Calls the entry point; returns its <see cref="bool"/> result.</param>
public sealed record TryBadInputRow(string EntryPoint, BadInputClass Class, string Detail, Func<bool> Try)
{
    /// <summary>A unique, readable key: entry point, class and detail.</summary>
    public string Key => $"{EntryPoint} | {Class} | {Detail}";
}

/// <summary>
/// A row for degenerate input that is not an error but leaves the answer undefined (SPEC §3): the result must be
/// <see langword="null"/>, never NaN, infinity or a silent zero.
/// </summary>
/// <param name="EntryPoint">The signature key of the public member.</param>
/// <param name="Class">The class of input.</param>
/// <param name="Detail">A few words telling rows apart.</param>
/// <param name="Call">Calls the entry point; returns its result.</param>
public sealed record UndefinedRow(string EntryPoint, BadInputClass Class, string Detail, Func<object?> Call)
{
    /// <summary>A unique, readable key: entry point, class and detail.</summary>
    public string Key => $"{EntryPoint} | {Class} | {Detail}";
}

/// <summary>Builds rows with the expected exception type as a type argument.</summary>
internal static class Row
{
    internal static BadInputRow Throws<TException>(string entryPoint, BadInputClass @class, string detail, Action act, string? paramName, string rule)
        where TException : Exception =>
        new(entryPoint, @class, detail, act, typeof(TException), paramName, rule);

    internal static BadInputRow Throws<TException>(string entryPoint, BadInputClass @class, string detail, Func<object?> act, string? paramName, string rule)
        where TException : Exception =>
        new(entryPoint, @class, detail, () => act(), typeof(TException), paramName, rule);

    internal static UndefinedRow Null(string entryPoint, BadInputClass @class, string detail, Func<object?> call) =>
        new(entryPoint, @class, detail, call);

    internal static TryBadInputRow False(string entryPoint, BadInputClass @class, string detail, Func<bool> act) =>
        new(entryPoint, @class, detail, act);
}
