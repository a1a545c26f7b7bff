using System;
using MicroPython.Builtins;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Small helpers for testing the container types and builtins from C#: building values, calling methods and
/// builtins the way the VM does, and rendering exceptions as MicroPython prints their last line.
/// </summary>
internal static class Py
{
    /// <summary>A fresh runtime with the builtins registered, current on this thread.</summary>
    public static PyRuntime NewRuntime()
    {
        var rt = new PyRuntime();
        rt.MakeCurrent();
        BuiltinsModule.Populate(rt);
        return rt;
    }

    public static IntObject I(long v) => IntObject.Get(v);

    public static StrObject S(string s) => new(s);

    public static ListObject L(params long[] items)
    {
        var list = new ListObject();
        foreach (var i in items)
        {
            list.Append(IntObject.Get(i));
        }

        return list;
    }

    public static ListObject LO(params PyObject[] items) => ListObject.FromSpan(items);

    public static TupleObject T(params PyObject[] items) => TupleObject.FromSpan(items);

    public static TupleObject T(params long[] items)
    {
        var arr = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            arr[i] = IntObject.Get(items[i]);
        }

        return TupleObject.FromSpan(arr);
    }

    public static SliceObject Slice(long? start, long? stop, long? step = null) =>
        new(Opt(start), Opt(stop), Opt(step));

    private static PyObject Opt(long? v) => v.HasValue ? IntObject.Get(v.Value) : NoneObject.None;

    public static string Repr(PyObject o) => Ops.Repr(o);

    /// <summary>Calls <c>obj.name(*args)</c>.</summary>
    public static PyObject Call(PyObject obj, string name, params PyObject[] args) =>
        Ops.CallMethod(obj, StrObject.Intern(name), args);

    /// <summary>Calls <c>obj.name(*args, **kw)</c>.</summary>
    public static PyObject CallKw(PyObject obj, string name, PyObject[] args, params (string Name, PyObject Value)[] kw)
    {
        var fn = Ops.LoadAttr(obj, StrObject.Intern(name));
        return fn.Call(Pack(args, kw), kw.Length);
    }

    /// <summary>Calls builtin <c>name(*args)</c> from the current runtime.</summary>
    public static PyObject B(string name, params PyObject[] args) => Builtin(name).Call(args, 0);

    /// <summary>Calls builtin <c>name(*args, **kw)</c>.</summary>
    public static PyObject BKw(string name, PyObject[] args, params (string Name, PyObject Value)[] kw) =>
        Builtin(name).Call(Pack(args, kw), kw.Length);

    public static PyObject Builtin(string name) =>
        PyRuntime.Current.Builtins.GetOrNull(name) ?? throw new InvalidOperationException("no builtin " + name);

    private static PyObject[] Pack(PyObject[] args, (string Name, PyObject Value)[] kw)
    {
        var all = new PyObject[args.Length + (2 * kw.Length)];
        args.CopyTo(all, 0);
        for (int i = 0; i < kw.Length; i++)
        {
            all[args.Length + (2 * i)] = StrObject.Intern(kw[i].Name);
            all[args.Length + (2 * i) + 1] = kw[i].Value;
        }

        return all;
    }

    /// <summary>Runs <paramref name="action"/> and returns the raised exception as <c>Type: message</c>.</summary>
    public static string Error(Action action)
    {
        try
        {
            action();
        }
        catch (PyException e)
        {
            return e.Value.Type.Name + ": " + Ops.Str(e.Value);
        }

        return "no exception";
    }

    /// <summary>Drains an iterable into a list (through the Python iteration protocol).</summary>
    public static ListObject ToList(PyObject iterable) => ListObject.FromIterable(iterable);
}
