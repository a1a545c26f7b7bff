using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>property(fget=None, fset=None, fdel=None, doc=None)</c> with the <c>getter</c>/<c>setter</c>/<c>deleter</c>
/// decorators (MicroPython's objproperty.c). Prints as <c>&lt;property&gt;</c>. Reading it through an instance
/// calls the getter (<c>AttributeError: unreadable attribute</c> without one); storing or deleting without a
/// setter/deleter fails as for a missing attribute (<c>'A' object has no attribute 'x'</c>), as in MicroPython.
/// </summary>
public sealed class PropertyObject : PyObject, IDataDescriptor
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("property", null, InitType, Make);

    private static readonly string[] s_argNames = { "fget", "fset", "fdel", "doc" };

    public PropertyObject(PyObject getter, PyObject setter, PyObject deleter, PyObject doc)
        : base(PyType)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        Doc = doc;
    }

    /// <summary>The getter, or None.</summary>
    public PyObject Getter { get; }

    /// <summary>The setter, or None.</summary>
    public PyObject Setter { get; }

    /// <summary>The deleter, or None.</summary>
    public PyObject Deleter { get; }

    public PyObject Doc { get; }

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("getter", new BuiltinFunction("getter", static (self, f) => With((PropertyObject)self, 0, f)).AsMethodOf(type));
        type.SetAttrDirect("setter", new BuiltinFunction("setter", static (self, f) => With((PropertyObject)self, 1, f)).AsMethodOf(type));
        type.SetAttrDirect("deleter", new BuiltinFunction("deleter", static (self, f) => With((PropertyObject)self, 2, f)).AsMethodOf(type));
    }

    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        Span<PyObject?> a = new PyObject?[4];
        ArgParser.Parse(args, nKw, s_argNames, 0, 4, a);
        var none = NoneObject.None;
        return new PropertyObject(a[0] ?? none, a[1] ?? none, a[2] ?? none, a[3] ?? none);
    }

    /// <summary>A copy with accessor <paramref name="which"/> (0 get, 1 set, 2 delete) replaced.</summary>
    private static PropertyObject With(PropertyObject p, int which, PyObject f) => which switch
    {
        0 => new PropertyObject(f, p.Setter, p.Deleter, p.Doc),
        1 => new PropertyObject(p.Getter, f, p.Deleter, p.Doc),
        _ => new PropertyObject(p.Getter, p.Setter, f, p.Doc),
    };

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner)
    {
        if (instance == null)
        {
            return this;
        }

        if (ReferenceEquals(Getter, NoneObject.None))
        {
            throw Errors.AttributeError("unreadable attribute");
        }

        return Ops.CallFunction(Getter, instance);
    }

    public void DescriptorSet(PyObject instance, PyObject? value)
    {
        if (!TrySet(instance, value))
        {
            throw Errors.AttributeError("can't set attribute");
        }
    }

    /// <summary>Calls the setter (or the deleter when <paramref name="value"/> is null); false when there is none.</summary>
    public bool TrySet(PyObject instance, PyObject? value)
    {
        if (value == null)
        {
            if (ReferenceEquals(Deleter, NoneObject.None))
            {
                return false;
            }

            Ops.CallFunction(Deleter, instance);
            return true;
        }

        if (ReferenceEquals(Setter, NoneObject.None))
        {
            return false;
        }

        Ops.CallFunction(Setter, instance, value);
        return true;
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        switch (name.Value)
        {
            case "fget":
                value = Getter;
                return true;
            case "fset":
                value = Setter;
                return true;
            case "fdel":
                value = Deleter;
                return true;
            case "__doc__":
                value = Doc;
                return true;
            default:
                return base.TryLoadAttr(name, out value);
        }
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<property>");
}
