using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The methods and constructors of set and frozenset. Methods taking "other" accept any iterable; the
// union/intersection/difference families accept several (CPython's signatures).
public sealed partial class SetObject
{
    private static void InitSetType(TypeObject type)
    {
        AddSharedMethods(type);
        type.SetAttrDirect("add", new BuiltinFunction("add", (self, x) =>
        {
            ((SetObject)self).Add(x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("clear", new BuiltinFunction("clear", self =>
        {
            ((SetObject)self).Clear();
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("discard", new BuiltinFunction("discard", (self, x) =>
        {
            ((SetObject)self).Discard(x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("pop", new BuiltinFunction("pop", self => ((SetObject)self).Pop()).AsMethodOf(type));
        type.SetAttrDirect("remove", new BuiltinFunction("remove", (self, x) =>
        {
            if (!((SetObject)self).Discard(x))
            {
                throw Errors.KeyError(x);
            }

            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("update", new BuiltinFunction("update", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            for (int i = 1; i < args.Length; i++)
            {
                self.AddAll(args[i]);
            }

            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("intersection_update", new BuiltinFunction("intersection_update", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            for (int i = 1; i < args.Length; i++)
            {
                self.IntersectionUpdate(AsSet(args[i]));
            }

            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("difference_update", new BuiltinFunction("difference_update", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            for (int i = 1; i < args.Length; i++)
            {
                self.DifferenceUpdate(AsSet(args[i]));
            }

            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("symmetric_difference_update", new BuiltinFunction("symmetric_difference_update", (self, other) =>
        {
            ((SetObject)self).SymmetricDifferenceUpdate(AsSet(other));
            return NoneObject.None;
        }).AsMethodOf(type));
    }

    private static void InitFrozenSetType(TypeObject type) => AddSharedMethods(type);

    private static void AddSharedMethods(TypeObject type)
    {
        type.SetAttrDirect("copy", new BuiltinFunction("copy", self =>
        {
            var s = (SetObject)self;

            // An immutable frozenset can be shared rather than copied (as CPython does).
            return s.IsFrozen ? s : s.Copy(false);
        }).AsMethodOf(type));
        type.SetAttrDirect("difference", new BuiltinFunction("difference", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            var r = self.Copy(self.IsFrozen);
            for (int i = 1; i < args.Length; i++)
            {
                r.DifferenceUpdate(AsSet(args[i]));
            }

            return r;
        }).AsMethodOf(type));
        type.SetAttrDirect("intersection", new BuiltinFunction("intersection", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            var r = self;
            for (int i = 1; i < args.Length; i++)
            {
                r = r.Intersection(AsSet(args[i]));
            }

            return ReferenceEquals(r, self) ? self.Copy(self.IsFrozen) : r;
        }).AsMethodOf(type));
        type.SetAttrDirect("isdisjoint", new BuiltinFunction("isdisjoint", (self, other) =>
            BoolObject.From(((SetObject)self).IsDisjoint(AsSet(other)))).AsMethodOf(type));
        type.SetAttrDirect("issubset", new BuiltinFunction("issubset", (self, other) =>
            BoolObject.From(((SetObject)self).IsSubsetOf(AsSet(other)))).AsMethodOf(type));
        type.SetAttrDirect("issuperset", new BuiltinFunction("issuperset", (self, other) =>
            BoolObject.From(AsSet(other).IsSubsetOf((SetObject)self))).AsMethodOf(type));
        type.SetAttrDirect("symmetric_difference", new BuiltinFunction("symmetric_difference", (self, other) =>
            ((SetObject)self).SymmetricDifference(AsSet(other))).AsMethodOf(type));
        type.SetAttrDirect("union", new BuiltinFunction("union", 1, int.MaxValue, args =>
        {
            var self = (SetObject)args[0];
            var r = self.Copy(self.IsFrozen);
            for (int i = 1; i < args.Length; i++)
            {
                r.AddAll(args[i]);
            }

            return r;
        }).AsMethodOf(type));
        type.SetAttrDirect("__contains__", new BuiltinFunction("__contains__", (self, x) =>
            BoolObject.From(((SetObject)self).Has(x))).AsMethodOf(type));
    }

    /// <summary>The argument as a set: itself when it is one, else a temporary set of its items.</summary>
    private static SetObject AsSet(PyObject o) => o.NativeSelf as SetObject ?? FromIterable(o);

    private static PyObject MakeSet(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        return args.Length == 0 ? new SetObject() : FromIterable(args[0]);
    }

    private static PyObject MakeFrozenSet(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        if (args.Length == 0)
        {
            return new SetObject(frozen: true);
        }

        if (args[0] is SetObject s && s.IsFrozen)
        {
            return s;
        }

        return FromIterable(args[0], frozen: true);
    }
}
