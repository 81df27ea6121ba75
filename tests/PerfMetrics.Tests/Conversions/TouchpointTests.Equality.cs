namespace PerfMetrics.Tests;

/// <summary>
/// Value equality pair by pair: each pair differs in exactly one field, so an equality that checked only some fields (or
/// joined them with "or") would call the pair equal. The property tests draw random values, which almost never differ in
/// one field only.
/// </summary>
public partial class TouchpointTests
{
    private static readonly Channel Email = new("email");
    private static readonly Channel Search = new("search");

    [Fact]
    public void Touchpoint_DiffersInOneField_IsNotEqual()
    {
        // The whole contract (Equals, ==, !=, hash of the equal pair) against each one-field change.
        var a = new Touchpoint(Email, T0, InteractionKind.Click);
        var equal = new Touchpoint(Email, T0, InteractionKind.Click);
        ContractAssert.Equality(a, equal, new Touchpoint(Search, T0, InteractionKind.Click));
        ContractAssert.Equality(a, equal, new Touchpoint(Email, T0.PlusTicks(1), InteractionKind.Click));
        ContractAssert.Equality(a, equal, new Touchpoint(Email, T0, InteractionKind.Impression));
    }
}
