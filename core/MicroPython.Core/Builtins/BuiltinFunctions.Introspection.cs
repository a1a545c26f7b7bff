using System;
using System.Collections.Generic;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Builtins;

// dir, globals/locals, isinstance, issubclass.
public static partial class BuiltinFunctions
{
    private static readonly StrObject s_dir = StrObject.Intern("__dir__");
    private static readonly StrObject s_class = StrObject.Intern("__class__");

    /// <summary><c>globals()</c>, and <c>locals()</c>, which MicroPython makes the same dict (cpython-differences.md §1.7).</summary>
    public static PyObject Globals() => PyRuntime.Current.CurrentGlobals();

    /// <summary>
    /// <c>dir([obj])</c>: without an argument the names of the current namespace; otherwise the attributes found
    /// in the object's dict and along its type's MRO. A user <c>__dir__</c> result is returned as is (as in
    /// MicroPython). Names are sorted as CPython sorts them (MicroPython's order is an artefact of its string table).
    /// </summary>
    public static PyObject Dir(ReadOnlySpan<PyObject> args)
    {
        var names = new SetObject();
        if (args.Length == 0)
        {
            AddKeys(names, PyRuntime.Current.CurrentGlobals());
            return SortedNames(names);
        }

        var obj = args[0];
        if (obj.Type.IsHeapType && obj is not TypeObject && obj.Type.Lookup(s_dir) != null)
        {
            return Ops.CallMethod(obj, s_dir, ReadOnlySpan<PyObject>.Empty);
        }

        if (obj.InstanceDict is { } dict)
        {
            AddKeys(names, dict);
        }

        if (obj is not ModuleObject)
        {
            var mro = obj is TypeObject t ? t.Mro : obj.Type.Mro;
            foreach (var m in mro)
            {
                AddKeys(names, m.Dict);
            }

            names.Add(s_class);
        }

        return SortedNames(names);
    }

    private static void AddKeys(SetObject names, DictObject dict)
    {
        int pos = 0;
        while (dict.TryGetNext(ref pos, out var k, out _))
        {
            if (k is StrObject)
            {
                names.Add(k);
            }
        }
    }

    private static ListObject SortedNames(SetObject names)
    {
        var list = ListObject.FromIterable(names);
        list.Sort(null, false);
        return list;
    }

    /// <summary><c>isinstance(obj, class_or_tuple)</c> (rules in Runtime/Ops.Classes.cs).</summary>
    public static PyObject IsInstance(PyObject obj, PyObject classOrTuple)
    {
        if (classOrTuple is TypeObject t && ReferenceEquals(obj.Type, t))
        {
            return BoolObject.True;
        }

        return BoolObject.From(Ops.IsInstance(obj, classOrTuple));
    }

    /// <summary><c>issubclass(cls, class_or_tuple)</c>.</summary>
    public static PyObject IsSubclass(PyObject cls, PyObject classOrTuple) => BoolObject.From(Ops.IsSubclass(cls, classOrTuple));
}
