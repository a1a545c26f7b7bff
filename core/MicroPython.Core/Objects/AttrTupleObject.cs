using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// A tuple whose items are also reachable by name (MicroPython's attrtuple, e.g. <c>sys.implementation</c>);
/// prints as <c>(name='micropython', …)</c>.
/// </summary>
public sealed class AttrTupleObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("tuple", null);

    private readonly string[] _names;

    public AttrTupleObject(string[] names, PyObject[] items)
        : base(PyType)
    {
        _names = names;
        Items = items;
    }

    public PyObject[] Items { get; }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        int i = Array.IndexOf(_names, name.Value);
        if (i >= 0)
        {
            value = Items[i];
            return true;
        }

        value = null!;
        return false;
    }

    public override long Length() => Items.Length;

    public override PyObject GetItem(PyObject index) => Items[Ops.NormalizeIndex(index, Items.Length, "tuple")];

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append('(');
        for (int i = 0; i < Items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(_names[i]).Append('=');
            Ops.PrintTo(sb, Items[i], true);
        }

        sb.Append(')');
    }
}
