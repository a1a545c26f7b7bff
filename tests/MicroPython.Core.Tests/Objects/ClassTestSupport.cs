using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Stands in for a Python function in class dicts built from C#: binds to instances as a method and is returned
/// plain from the class, like the VM's FunctionObject.
/// </summary>
internal sealed class TestFunction : PyObject, IMethodLike, IDescriptor
{
    private static readonly TypeObject s_type = TypeObject.CreateBuiltin("function", null);

    private readonly Func<PyObject[], PyObject> _body;

    public TestFunction(Func<PyObject[], PyObject> body)
        : base(s_type)
    {
        _body = body;
    }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner) =>
        instance == null ? this : new BoundMethodObject(this, instance);

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw) => _body(args.ToArray());
}

/// <summary>Builds classes and instances from C# for the object-model tests.</summary>
internal static class Cls
{
    public static PyObject None => NoneObject.None;

    public static TestFunction Fn(Func<PyObject[], PyObject> body) => new(body);

    /// <summary>A method with no useful result (returns None).</summary>
    public static TestFunction Proc(Action<PyObject[]> body) => new(a =>
    {
        body(a);
        return NoneObject.None;
    });

    public static DictObject Members(params (string Name, PyObject Value)[] items)
    {
        var d = new DictObject();
        foreach (var (k, v) in items)
        {
            d.SetItem(StrObject.Intern(k), v);
        }

        return d;
    }

    public static TypeObject Class(string name, DictObject members, params TypeObject[] bases) =>
        TypeObject.CreateHeapType(name, bases, members);

    public static PyObject New(PyObject cls, params PyObject[] args) => cls.Call(args, 0);

    public static PyObject Invoke(PyObject callable, params PyObject[] args) => callable.Call(args, 0);

    public static PyObject Get(PyObject o, string name) => Ops.LoadAttr(o, StrObject.Intern(name));

    public static void Set(PyObject o, string name, PyObject value) => Ops.StoreAttr(o, StrObject.Intern(name), value);

    public static void Del(PyObject o, string name) => Ops.DeleteAttr(o, StrObject.Intern(name));

    /// <summary><c>super(cls, self).name(*args)</c> through LOAD_SUPER_METHOD's helper.</summary>
    public static PyObject SuperCall(TypeObject cls, PyObject self, string name, params PyObject[] args)
    {
        SuperObject.LoadMethod(cls, self, StrObject.Intern(name), out var method, out var selfOut);
        if (selfOut == null)
        {
            return method.Call(args, 0);
        }

        var all = new PyObject[args.Length + 1];
        all[0] = selfOut;
        args.CopyTo(all, 1);
        return method.Call(all, 0);
    }

    public static long Int(PyObject o) => ((IntObject)o).Value;
}
