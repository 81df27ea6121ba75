using System.Numerics;
using System.Runtime.CompilerServices;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <content>Arithmetic and comparison operators of <see cref="Money"/>.</content>
public readonly partial struct Money :
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>,
    IMultiplyOperators<Money, decimal, Money>,
    IDivisionOperators<Money, decimal, Money>,
    IDivisionOperators<Money, Money, decimal>,
    IComparisonOperators<Money, Money, bool>
{
    /// <summary>Adds two amounts in the same currency; <c>default(Money)</c> is the identity.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum overflows <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right, nameof(right));

    /// <summary>Subtracts two amounts in the same currency; subtracting <c>default(Money)</c> changes nothing.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference overflows <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        var currency = CheckSameCurrency(left, right, nameof(right));
        if (DecimalBits.BelowHalfRange(left._amount) && DecimalBits.BelowHalfRange(right._amount))
        {
            return new Money(currency, left._amount - right._amount);
        }

        return new Money(currency, SubtractChecked(left, right));
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign, same currency.</returns>
    public static Money operator -(Money value) => new(value._currency, -value._amount);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor (a count, a rate, a share).</param>
    /// <returns>The exact product (decimal multiplication keeps up to 28 fractional digits).</returns>
    /// <exception cref="OverflowException">The product overflows <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right)
    {
        // Fast path: two mantissas below 2^48 give a product below 2^96, which cannot overflow decimal.
        if (DecimalBits.Below48Bits(left._amount) && DecimalBits.Below48Bits(right))
        {
            return new Money(left._currency, left._amount * right);
        }

        return new Money(left._currency, MultiplyChecked(left, right));
    }

    /// <summary>Multiplies a factor by an amount.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product overflows <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>Divides an amount by a non-zero divisor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor; must not be zero.</param>
    /// <returns>The quotient, exact up to <see cref="decimal"/> precision (28-29 significant digits); not rounded to minor units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient overflows <see cref="decimal"/>.</exception>
    public static Money operator /(Money left, decimal right)
    {
        if (right == 0m)
        {
            ThrowZeroDivisor(left, nameof(right));
        }

        decimal result;
        try
        {
            result = left._amount / right;
        }
        catch (OverflowException ex)
        {
            throw Overflow("division", left, right, ex);
        }

        return new Money(left._currency, result);
    }

    /// <summary>Divides two amounts in the same currency, giving their ratio.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; must not be zero.</param>
    /// <returns>The ratio <c>left / right</c> as a plain number (for example revenue / spend is ROAS).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio overflows <see cref="decimal"/>.</exception>
    public static decimal operator /(Money left, Money right)
    {
        CheckSameCurrency(left, right, nameof(right));
        if (right._amount == 0m)
        {
            ThrowZeroDivisor(left, nameof(right));
        }

        try
        {
            return left._amount / right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("division", left, right, ex);
        }
    }

    /// <summary>Compares two amounts for equality (same currency and equal amounts).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Money Add(Money left, Money right, string paramName)
    {
        var currency = CheckSameCurrency(left, right, paramName);

        // Fast path without a try block (which would keep this method from inlining): when both magnitudes are
        // below 2^95 the sum is below 2^96 and cannot overflow decimal.
        if (DecimalBits.BelowHalfRange(left._amount) && DecimalBits.BelowHalfRange(right._amount))
        {
            return new Money(currency, left._amount + right._amount);
        }

        return new Money(currency, AddChecked(left, right));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal AddChecked(Money left, Money right)
    {
        try
        {
            return left._amount + right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("addition", left, right, ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal SubtractChecked(Money left, Money right)
    {
        try
        {
            return left._amount - right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("subtraction", left, right, ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal MultiplyChecked(Money left, decimal right)
    {
        try
        {
            return left._amount * right;
        }
        catch (OverflowException ex)
        {
            throw Overflow("multiplication", left, right, ex);
        }
    }

    private static OverflowException Overflow<T>(string operation, Money left, T right, OverflowException inner)
        where T : notnull =>
        new($"Money {operation} overflowed decimal: {Guard.Format(left)} and {Guard.Format(right)}.", inner);

    private static void ThrowZeroDivisor(Money left, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} must not be zero when dividing {Guard.Format(left)}.");
}
