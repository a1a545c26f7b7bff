using MicroPython.Bytecode;

namespace MicroPython.Runtime;

/// <summary>Special-method names of operators, as used in error messages and user-class dispatch.</summary>
public static class OperatorNames
{
    private static readonly string[] s_binary =
    {
        "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "__contains__", "__is__", "__exception_match__",
        "__ior__", "__ixor__", "__iand__", "__ilshift__", "__irshift__", "__iadd__", "__isub__", "__imul__",
        "__imatmul__", "__ifloordiv__", "__itruediv__", "__imod__", "__ipow__",
        "__or__", "__xor__", "__and__", "__lshift__", "__rshift__", "__add__", "__sub__", "__mul__", "__matmul__",
        "__floordiv__", "__truediv__", "__mod__", "__pow__",
        "__divmod__", "__contains__",
        "__ror__", "__rxor__", "__rand__", "__rlshift__", "__rrshift__", "__radd__", "__rsub__", "__rmul__",
        "__rmatmul__", "__rfloordiv__", "__rtruediv__", "__rmod__", "__rpow__",
    };

    private static readonly string[] s_unary =
    {
        "__pos__", "__neg__", "__invert__", "<not>", "__bool__", "__len__", "__hash__", "__abs__", "__int__",
        "__float__", "__complex__", "__sizeof__",
    };

    public static string Binary(BinaryOp op) => s_binary[(int)op];

    public static string Unary(UnaryOp op) => s_unary[(int)op];

    /// <summary>The reflected operator of a plain arithmetic operator (<c>Add</c> → <c>ReverseAdd</c>); the same op otherwise.</summary>
    public static BinaryOp Reflected(BinaryOp op) =>
        op >= BinaryOp.Or && op <= BinaryOp.Power ? (BinaryOp)(op - BinaryOp.Or + BinaryOp.ReverseOr) : op;

    /// <summary>The plain operator of an in-place one (<c>InplaceAdd</c> → <c>Add</c>); the same op otherwise.</summary>
    public static BinaryOp NonInplace(BinaryOp op) =>
        op >= BinaryOp.InplaceOr && op <= BinaryOp.InplacePower ? (BinaryOp)(op - BinaryOp.InplaceOr + BinaryOp.Or) : op;

    public static bool IsInplace(BinaryOp op) => op >= BinaryOp.InplaceOr && op <= BinaryOp.InplacePower;
}
