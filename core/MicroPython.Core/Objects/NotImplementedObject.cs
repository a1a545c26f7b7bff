using System.Text;

namespace MicroPython.Objects;

/// <summary>The <c>NotImplemented</c> singleton returned by special methods that don't handle an operand.</summary>
public sealed class NotImplementedObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("NotImplementedType", null);

    public static readonly NotImplementedObject Value = new();

    private NotImplementedObject()
        : base(PyType)
    {
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("NotImplemented");
}
