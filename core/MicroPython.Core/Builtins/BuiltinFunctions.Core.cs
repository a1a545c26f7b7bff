using System;
using System.Collections.Concurrent;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Builtins;

/// <summary>
/// The built-in functions (py/modbuiltins.c), split by theme into partial files. Each is a plain static method
/// so other parts of the runtime can call them directly.
/// </summary>
public static partial class BuiltinFunctions
{
    private static readonly StrObject s_call = StrObject.Intern("__call__");

    /// <summary>.NET types known to override <see cref="PyObject.Call"/> (built lazily, per class, for <c>callable</c>).</summary>
    private static readonly ConcurrentDictionary<Type, bool> s_nativeCallable = new();

    // ---- attributes ---------------------------------------------------------------------------------------

    /// <summary><c>getattr(obj, name[, default])</c>: the default replaces an AttributeError only.</summary>
    public static PyObject GetAttr(ReadOnlySpan<PyObject> args)
    {
        var obj = args[0];
        var name = StrObject.Intern(Ops.ToStr(args[1]));
        if (args.Length == 2)
        {
            return Ops.LoadAttr(obj, name);
        }

        try
        {
            if (Ops.TryLoadAttr(obj, name, out var value))
            {
                return value;
            }
        }
        catch (PyException e) when (Ops.ExceptionMatches(e.Value, ExceptionTypes.AttributeError))
        {
        }

        return args[2];
    }

    public static PyObject SetAttr(PyObject obj, PyObject name, PyObject value)
    {
        Ops.StoreAttr(obj, StrObject.Intern(Ops.ToStr(name)), value);
        return NoneObject.None;
    }

    public static PyObject DelAttr(PyObject obj, PyObject name)
    {
        Ops.DeleteAttr(obj, StrObject.Intern(Ops.ToStr(name)));
        return NoneObject.None;
    }

    public static PyObject HasAttr(PyObject obj, PyObject name)
    {
        var n = StrObject.Intern(Ops.ToStr(name));
        try
        {
            return BoolObject.From(Ops.TryLoadAttr(obj, n, out _));
        }
        catch (PyException e) when (Ops.ExceptionMatches(e.Value, ExceptionTypes.AttributeError))
        {
            return BoolObject.False;
        }
    }

    // ---- identity, hashing, printing ------------------------------------------------------------------------

    public static PyObject Hash(PyObject obj) => IntObject.Get(Ops.Hash(obj));

    public static PyObject Id(PyObject obj) => IntObject.Get(Ops.Id(obj));

    public static PyObject Repr(PyObject obj) => StrObject.Create(Ops.Repr(obj));

    /// <summary><c>len(obj)</c>; lists and strs answer without a virtual call.</summary>
    public static PyObject Len(PyObject obj)
    {
        if (obj is ListObject l)
        {
            return IntObject.Get(l.Count);
        }

        return IntObject.Get(Ops.Length(obj));
    }

    /// <summary>
    /// <c>callable(obj)</c>: types, functions, bound methods and other native objects whose class implements a
    /// call; instances of user classes when their class defines <c>__call__</c>.
    /// </summary>
    public static PyObject Callable(PyObject obj) => BoolObject.From(IsCallable(obj));

    public static bool IsCallable(PyObject obj)
    {
        if (obj is TypeObject || obj is BuiltinFunction || obj is BoundMethodObject)
        {
            return true;
        }

        if (obj is InstanceObject)
        {
            return obj.Type.Lookup(s_call) != null;
        }

        // Whether a native class overrides PyObject.Call is a fixed property of its .NET type: look it up once.
        return s_nativeCallable.GetOrAdd(obj.GetType(), static t =>
        {
            var m = t.GetMethod(nameof(PyObject.Call), new[] { typeof(ReadOnlySpan<PyObject>), typeof(int) });
            return m != null && m.DeclaringType != typeof(PyObject);
        });
    }

    // ---- import --------------------------------------------------------------------------------------------

    /// <summary><c>__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>.</summary>
    public static PyObject Import(ReadOnlySpan<PyObject> args)
    {
        string name = Ops.ToStr(args[0]);
        var globals = args.Length > 1 ? args[1] as DictObject : null;
        var fromlist = args.Length > 3 ? args[3] : null;
        int level = 0;
        if (args.Length > 4)
        {
            level = (int)Ops.ToInt64(args[4]);
        }

        return PyRuntime.Current.Import(name, globals, fromlist, level);
    }
}
