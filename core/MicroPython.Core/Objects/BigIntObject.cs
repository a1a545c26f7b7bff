using System.Numerics;

namespace MicroPython.Objects;

/// <summary>An <c>int</c> too large for a machine word (MicroPython's mpz). Its Python type is <c>int</c>.</summary>
public sealed partial class BigIntObject : PyObject
{
    public BigIntObject(BigInteger value)
        : base(IntObject.PyType)
    {
        Value = value;
    }

    public BigInteger Value { get; }
}
