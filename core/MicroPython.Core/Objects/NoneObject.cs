using System.Text;
using MicroPython.Bytecode;

namespace MicroPython.Objects;

/// <summary>The <c>None</c> singleton.</summary>
public sealed class NoneObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("NoneType", null);

    public static readonly NoneObject None = new();

    private NoneObject()
        : base(PyType)
    {
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("None");

    public override bool IsTrue() => false;

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs) => null;
}
