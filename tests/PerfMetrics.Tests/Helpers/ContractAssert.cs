namespace PerfMetrics.Tests.Helpers;

/// <summary>Checks the whole equality and ordering contract of a type in one call (STYLE rule 38).</summary>
public static class ContractAssert
{
    /// <summary>Checks Equals(T), Equals(object), ==, !=, GetHashCode for an equal and a different value.</summary>
    public static void Equality<T>(T value, T equal, T different)
        where T : IEquatable<T>, System.Numerics.IEqualityOperators<T, T, bool>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.True(value == equal);
        Assert.False(value != equal);
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());

        Assert.False(value.Equals(different));
        Assert.False(value.Equals((object)different));
        Assert.False(value == different);
        Assert.True(value != different);
        Assert.False(value.Equals((object?)null));
    }

    /// <summary>Checks CompareTo (generic and not) and the relational operators for less &lt; equal-pair &lt; greater.</summary>
    public static void Ordering<T>(T less, T value, T equal, T greater)
        where T : IEquatable<T>, IComparable<T>, IComparable, System.Numerics.IComparisonOperators<T, T, bool>
    {
        Equality(value, equal, greater);
        Assert.True(value.CompareTo(equal) == 0);
        Assert.True(((IComparable)value).CompareTo(equal) == 0);
        Assert.True(value.CompareTo(greater) < 0);
        Assert.True(((IComparable)value).CompareTo(greater) < 0);
        Assert.True(value.CompareTo(less) > 0);
        Assert.True(((IComparable)value).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)value).CompareTo(new object()));

        Assert.True(less < value);
        Assert.True(less <= value);
        Assert.True(value <= equal);
        Assert.True(value >= equal);
        Assert.True(greater > value);
        Assert.True(greater >= value);
        Assert.False(value < equal);
        Assert.False(value > equal);
        Assert.False(greater < value);
        Assert.False(less > value);
    }

    /// <summary>Asserts that a and b are unequal through Equals(T) both ways and Equals(object).</summary>
    public static void Unequal<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.False(a.Equals((object)b));
    }
}
