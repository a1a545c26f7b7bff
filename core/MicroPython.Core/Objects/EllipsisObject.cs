using System.Text;

namespace MicroPython.Objects;

/// <summary>The <c>Ellipsis</c> (<c>...</c>) singleton.</summary>
public sealed class EllipsisObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("ellipsis", null);

    public static readonly EllipsisObject Value = new();

    private EllipsisObject()
        : base(PyType)
    {
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("Ellipsis");
}
