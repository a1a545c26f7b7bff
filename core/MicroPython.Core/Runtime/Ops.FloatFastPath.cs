using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Objects;

namespace MicroPython.Runtime;

public static partial class Ops
{
    // 2^53: ints of at most this magnitude convert to double exactly, so int / int can divide the doubles.
    private const long ExactDoubleLimit = 1L << 53;

    /// <summary>
    /// The VM's float arithmetic fast path for <c>+ - * /</c> (and their in-place forms) and the six comparisons
    /// where at least one operand is a float and the other a float or an exact small int, plus <c>int / int</c> on
    /// ints a double holds exactly (unless floats are disabled: then int / int is the slow path's TypeError).
    /// Null when the slow path must decide (other operators and types, division by zero, comparisons with ints
    /// beyond 2^53, which must stay exact). The results are those of <see cref="FloatObject"/>'s own operators: the int
    /// converts to the nearest double first, as CPython and MicroPython do.
    /// </summary>
    public static PyObject? FloatFastPath(BinaryOp op, PyObject lhs, PyObject rhs, PyRuntime runtime)
    {
        double a, b;
        // Exact float type: an instance of a float subclass is a FloatObject too, but may define __add__/__radd__.
        if (lhs is FloatObject lf && ReferenceEquals(lf.Type, FloatObject.PyType))
        {
            a = lf.Value;
        }
        else if (lhs.GetType() == typeof(IntObject))
        {
            long i = Unsafe.As<IntObject>(lhs).Value;
            if (!IsExactFloat(rhs) && !(op is Bytecode.BinaryOp.TrueDivide or Bytecode.BinaryOp.InplaceTrueDivide && IsExactInDouble(i) && runtime.FloatImpl != FloatImplementation.None))
            {
                return null;
            }

            a = i;
        }
        else
        {
            return null;
        }

        if (rhs is FloatObject rf && ReferenceEquals(rf.Type, FloatObject.PyType))
        {
            b = rf.Value;
        }
        else if (rhs.GetType() == typeof(IntObject) && (IsExactFloat(lhs) || IsExactInDouble(Unsafe.As<IntObject>(rhs).Value)))
        {
            b = Unsafe.As<IntObject>(rhs).Value;
        }
        else
        {
            return null;
        }

        switch (op)
        {
            case Bytecode.BinaryOp.Less:
            case Bytecode.BinaryOp.More:
            case Bytecode.BinaryOp.Equal:
            case Bytecode.BinaryOp.LessEqual:
            case Bytecode.BinaryOp.MoreEqual:
            case Bytecode.BinaryOp.NotEqual:
                // Exact only while the int converts to a double exactly (|i| <= 2^53); IEEE comparison then gives
                // Python's results, NaN included (false, except !=). Bigger ints take FloatObject's exact compare.
                if ((lhs.GetType() == typeof(IntObject) && !IsExactInDouble(Unsafe.As<IntObject>(lhs).Value))
                    || (rhs.GetType() == typeof(IntObject) && !IsExactInDouble(Unsafe.As<IntObject>(rhs).Value)))
                {
                    return null;
                }

                return BoolObject.From(op switch
                {
                    Bytecode.BinaryOp.Less => a < b,
                    Bytecode.BinaryOp.More => a > b,
                    Bytecode.BinaryOp.Equal => a == b,
                    Bytecode.BinaryOp.LessEqual => a <= b,
                    Bytecode.BinaryOp.MoreEqual => a >= b,
                    _ => a != b,
                });

            case Bytecode.BinaryOp.Add:
            case Bytecode.BinaryOp.InplaceAdd:
                return FloatObject.Make(a + b, runtime);
            case Bytecode.BinaryOp.Subtract:
            case Bytecode.BinaryOp.InplaceSubtract:
                return FloatObject.Make(a - b, runtime);
            case Bytecode.BinaryOp.Multiply:
            case Bytecode.BinaryOp.InplaceMultiply:
                return FloatObject.Make(a * b, runtime);
            case Bytecode.BinaryOp.TrueDivide:
            case Bytecode.BinaryOp.InplaceTrueDivide:
                return b == 0 ? null : FloatObject.Make(a / b, runtime);
            default:
                return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsExactFloat(PyObject o) => o is FloatObject f && ReferenceEquals(f.Type, FloatObject.PyType);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsExactInDouble(long i) => (ulong)(i + ExactDoubleLimit) <= 2 * (ulong)ExactDoubleLimit;
}
