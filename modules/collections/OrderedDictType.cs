using System;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Collections;

/// <summary>
/// <c>OrderedDict</c>: a dict subtype whose instances are dicts of this type. Every dict here keeps insertion
/// order already, so what the type adds is MicroPython's repr <c>OrderedDict({'a': 1})</c> and order-sensitive
/// <c>==</c> between two OrderedDicts, plus CPython's <c>popitem(last=True)</c> and <c>move_to_end(key, last=True)</c>
/// (MicroPython's OrderedDict has the dict methods only; its <c>popitem</c> also takes the last item).
/// </summary>
public static class OrderedDictType
{
    private static readonly string[] s_lastName = { "last" };
    private static readonly string[] s_moveNames = { "key", "last" };

    /// <summary>The <c>OrderedDict</c> type.</summary>
    public static readonly TypeObject PyType = CreateType();

    private static TypeObject CreateType()
    {
        var type = TypeObject.CreateBuiltin("OrderedDict", DictObject.PyType, Fill, Make);
        type.Printer = static (self, sb, repr) => Print((DictObject)self, sb);
        type.Equality = static (self, other) => ReferenceEquals(other.Type, PyType) ? OrderedEquals((DictObject)self, (DictObject)other) : null;
        return type;
    }

    private static void Fill(TypeObject type)
    {
        type.SetAttrDirect("popitem", new BuiltinFunction("popitem", 1, (args, nKw) =>
        {
            var self = Self(args[0]);
            Span<PyObject?> last = new PyObject?[1];
            ArgParser.Parse(args.Slice(1), nKw, s_lastName, 0, 1, last);
            bool fromEnd = last[0] == null || Ops.IsTrue(last[0]!);
            PyObject key, value;
            bool found = fromEnd ? self.TryPopLast(out key, out value) : self.TryPopFirst(out key, out value);
            if (!found)
            {
                throw Errors.Make(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            }

            return TupleObject.Create(key, value);
        }).AsMethodOf(type));
        type.SetAttrDirect("move_to_end", new BuiltinFunction("move_to_end", 1, (args, nKw) =>
        {
            var self = Self(args[0]);
            Span<PyObject?> parsed = new PyObject?[2];
            ArgParser.Parse(args.Slice(1), nKw, s_moveNames, 1, 2, parsed);
            MoveToEnd(self, parsed[0]!, parsed[1] == null || Ops.IsTrue(parsed[1]!));
            return NoneObject.None;
        }).AsMethodOf(type));
    }

    private static DictObject Self(PyObject o) => o.NativeSelf as DictObject ?? throw Errors.WrongSelfType(PyType, o);

    /// <summary><c>OrderedDict()</c>, <c>OrderedDict(mapping_or_pairs)</c>, <c>OrderedDict(**kw)</c>: as dict's constructor.</summary>
    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos > 1)
        {
            // As dict's constructor, which counts the dict itself.
            throw Errors.TypeError($"function expected at most 2 arguments, got {nPos + 1}");
        }

        var d = new DictObject(PyType, 0);
        if (nPos == 1)
        {
            d.Update(args[0]);
        }

        for (int i = nPos; i < args.Length; i += 2)
        {
            d.SetItem(args[i], args[i + 1]);
        }

        return d;
    }

    private static void Print(DictObject self, StringBuilder sb)
    {
        sb.Append(self.Type.Name).Append('(');
        self.PrintItems(sb);
        sb.Append(')');
    }

    /// <summary>Two OrderedDicts are equal when their items are equal pairwise, in order (MicroPython and CPython agree).</summary>
    private static bool OrderedEquals(DictObject a, DictObject b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        int pa = 0, pb = 0;
        while (a.TryGetNext(ref pa, out var ka, out var va))
        {
            if (!b.TryGetNext(ref pb, out var kb, out var vb) || !Ops.Equal(ka, kb) || !Ops.Equal(va, vb))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves <paramref name="key"/> to the end (or the front); <c>KeyError</c> if absent.</summary>
    private static void MoveToEnd(DictObject self, PyObject key, bool last)
    {
        var value = self.Remove(key) ?? throw Errors.KeyError(key);
        if (last)
        {
            self.SetItem(key, value);
            return;
        }

        // No insertion at the front: take the others out and put them back after the key.
        int n = self.Count;
        var keys = new PyObject[n];
        var values = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            self.TryPopFirst(out keys[i], out values[i]);
        }

        self.SetItem(key, value);
        for (int i = 0; i < n; i++)
        {
            self.SetItem(keys[i], values[i]);
        }
    }
}
