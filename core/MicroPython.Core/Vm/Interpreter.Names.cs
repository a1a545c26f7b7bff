using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// Imports, super() method lookup and sequence unpacking.
public static partial class Interpreter
{
    private static readonly StrObject s_name = StrObject.Intern("__name__");
    private static readonly StrObject s_path = StrObject.Intern("__path__");
    private static readonly StrObject s_all = StrObject.Intern("__all__");
    /// <summary>IMPORT_NAME: <c>__import__(name, globals, None, fromlist, level)</c> through the runtime's importer.</summary>
    private static PyObject ImportName(PyRuntime runtime, StrObject name, DictObject globals, PyObject fromlist, PyObject level)
    {
        int lvl = level is IntObject i ? (int)i.Value : 0;
        return runtime.Import(name.Value, globals, fromlist, lvl);
    }

    /// <summary>
    /// IMPORT_FROM (MicroPython's <c>mp_import_from</c>): the attribute, or for a package the submodule of that name;
    /// otherwise <c>ImportError: can't import name x</c>.
    /// </summary>
    private static PyObject ImportFrom(PyRuntime runtime, PyObject module, StrObject name)
    {
        if (module.TryLoadAttr(name, out var value))
        {
            return value;
        }

        if (module is ModuleObject m && m.Globals.GetOrNull(s_path) != null && m.Globals.GetOrNull(s_name) is StrObject pkg)
        {
            return runtime.Import(pkg.Value + "." + name.Value, null, TupleObject.Create(name), 0);
        }

        throw Errors.ImportError($"can't import name {name.Value}");
    }

    /// <summary>IMPORT_STAR: the names in <c>__all__</c>, or every public name, copied into <paramref name="target"/>.</summary>
    private static void ImportStar(PyObject module, DictObject target)
    {
        var globals = module.InstanceDict ?? throw Errors.TypeError($"'{module.Type.Name}' object isn't a module");
        var all = globals.GetOrNull(s_all);
        if (all != null)
        {
            var it = Ops.GetIter(all);
            PyObject? item;
            while ((item = it.Next()) != null)
            {
                var name = StrObject.Intern(Ops.ToStr(item));
                target.SetItem(name, Ops.LoadAttr(module, name));
            }

            return;
        }

        int position = 0;
        while (globals.TryGetNext(ref position, out var key, out var value))
        {
            if (key is StrObject s && (s.Value.Length == 0 || s.Value[0] != '_'))
            {
                target.SetItem(key, value);
            }
        }
    }

    /// <summary>
    /// LOAD_SUPER_METHOD: <c>super(cls, self).name</c> in method form; the lookup rules are
    /// <see cref="SuperObject.LoadMethod"/>'s (the object model owns them).
    /// </summary>
    private static void LoadSuperMethod(StrObject name, PyObject cls, PyObject self, out PyObject method, out PyObject? selfOut)
    {
        if (cls is not TypeObject type)
        {
            throw Errors.Make(ExceptionTypes.TypeError, (string?)null);
        }

        SuperObject.LoadMethod(type, self, name, out method, out selfOut);
    }

    /// <summary>
    /// UNPACK_SEQUENCE (MicroPython's <c>mp_unpack_sequence</c>): writes the <paramref name="count"/> items to
    /// <c>state[sp .. sp + count - 1].Value</c>, item 0 on top.
    /// </summary>
    private static void UnpackSequence(PyObject seq, int count, StateSlot[] state, int sp)
    {
        ReadOnlySpan<PyObject> items;
        if (seq is TupleObject t)
        {
            items = t.Items;
        }
        else if (seq is ListObject l)
        {
            items = l.AsSpan();
        }
        else
        {
            var it = Ops.GetIter(seq);
            int got;
            for (got = 0; got < count; got++)
            {
                var x = it.Next();
                if (x == null)
                {
                    throw NeedMoreValues(got);
                }

                state[sp + count - 1 - got].Value = x;
            }

            if (it.Next() != null)
            {
                throw TooManyValues(count);
            }

            return;
        }

        if (items.Length < count)
        {
            throw NeedMoreValues(items.Length);
        }

        if (items.Length > count)
        {
            throw TooManyValues(count);
        }

        for (int i = 0; i < count; i++)
        {
            state[sp + i].Value = items[count - 1 - i];
        }
    }

    /// <summary>
    /// UNPACK_EX (MicroPython's <c>mp_unpack_ex</c>): <c>n_before</c> items, a list of the rest, <c>n_after</c> items,
    /// written to <c>state[sp ..].Value</c> with the first target's value on top.
    /// </summary>
    private static void UnpackEx(PyObject seq, int packed, StateSlot[] state, int sp)
    {
        int numLeft = packed & 0xFF;
        int numRight = (packed >> 8) & 0xFF;
        if (seq is TupleObject || seq is ListObject)
        {
            ReadOnlySpan<PyObject> items = seq is TupleObject t ? t.Items : ((ListObject)seq).AsSpan();
            int len = items.Length;
            if (len < numLeft + numRight)
            {
                throw NeedMoreValues(len);
            }

            for (int i = 0; i < numRight; i++)
            {
                state[sp + i].Value = items[len - 1 - i];
            }

            state[sp + numRight].Value = ListObject.FromSpan(items.Slice(numLeft, len - numLeft - numRight));
            for (int i = 0; i < numLeft; i++)
            {
                state[sp + numRight + 1 + i].Value = items[numLeft - 1 - i];
            }

            return;
        }

        var it = Ops.GetIter(seq);
        for (int got = 0; got < numLeft; got++)
        {
            var x = it.Next() ?? throw NeedMoreValues(got);
            state[sp + numLeft + numRight - got].Value = x;
        }

        var rest = new ListObject();
        PyObject? item;
        while ((item = it.Next()) != null)
        {
            rest.Append(item);
        }

        if (rest.Count < numRight)
        {
            // As MicroPython, the count reported is the number of leading items taken.
            throw NeedMoreValues(numLeft);
        }

        state[sp + numRight].Value = rest;
        for (int i = 0; i < numRight; i++)
        {
            state[sp + numRight - 1 - i].Value = rest[rest.Count - numRight + i];
        }

        rest.SetCount(rest.Count - numRight);
    }

    private static PyException NeedMoreValues(int got) => Errors.ValueError($"need more than {got} values to unpack");

    private static PyException TooManyValues(int expected) => Errors.ValueError($"too many values to unpack (expected {expected})");
}
