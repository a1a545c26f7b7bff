using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using MicroPython.Bytecode;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// The runtime's entry points for every object operation (MicroPython's runtime.c): fast paths for the common
/// cases first, then the type's slot, then the reflected form, then MicroPython's error. The VM and the
/// built-ins call these rather than the slots on <see cref="PyObject"/>.
/// </summary>
public static partial class Ops
{
    private static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    private static long s_nextId = 0x10000;

    [ThreadStatic]
    private static List<PyObject>? t_reprStack;

    // ---- identity ---------------------------------------------------------------------------------------

    /// <summary><c>id(o)</c>: a unique, stable number for the object's lifetime.</summary>
    public static long Id(PyObject o)
    {
        if (o is IntObject i && ReferenceEquals(o.Type, IntObject.PyType))
        {
            return (i.Value << 1) | 1; // like MicroPython's tagged small ints: equal ints share an id
        }

        var box = s_ids.GetValue(o, static _ => Interlocked.Add(ref s_nextId, 16));
        return (long)box;
    }

    // ---- printing ---------------------------------------------------------------------------------------

    public static string Repr(PyObject o)
    {
        if (o is StrObject)
        {
            var sb0 = new StringBuilder();
            o.Print(sb0, true);
            return sb0.ToString();
        }

        var sb = new StringBuilder();
        PrintTo(sb, o, true);
        return sb.ToString();
    }

    public static string Str(PyObject o)
    {
        if (o is StrObject s && ReferenceEquals(o.Type, StrObject.PyType))
        {
            return s.Value;
        }

        var sb = new StringBuilder();
        PrintTo(sb, o, false);
        return sb.ToString();
    }

    /// <summary>Appends str/repr of <paramref name="o"/>, guarding against unbounded recursion.</summary>
    public static void PrintTo(StringBuilder sb, PyObject o, bool repr)
    {
        if (o is StrObject || o is IntObject || o is FloatObject)
        {
            // Leaves: printing them cannot recurse.
            o.Print(sb, repr);
            return;
        }

        var runtime = NativeRecursion.Enter();
        try
        {
            o.Print(sb, repr);
        }
        finally
        {
            NativeRecursion.Exit(runtime);
        }
    }

    /// <summary>Marks a container as being printed so a self-reference prints as <c>[...]</c>.</summary>
    public static ReprGuard EnterRepr(PyObject o, StringBuilder sb)
    {
        var stack = t_reprStack ??= new List<PyObject>();
        for (int i = 0; i < stack.Count; i++)
        {
            if (ReferenceEquals(stack[i], o))
            {
                return new ReprGuard(null);
            }
        }

        stack.Add(o);
        return new ReprGuard(stack);
    }

    /// <summary>Scope of one container's repr; <see cref="IsRecursive"/> when it is already being printed.</summary>
    public readonly struct ReprGuard : IDisposable
    {
        private readonly List<PyObject>? _stack;

        internal ReprGuard(List<PyObject>? stack) => _stack = stack;

        public bool IsRecursive => _stack == null;

        public void Dispose()
        {
            _stack?.RemoveAt(_stack.Count - 1);
        }
    }

    // ---- truth, hash, equality --------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (o is BoolObject b)
        {
            return b.Value != 0;
        }

        if (ReferenceEquals(o, NoneObject.None))
        {
            return false;
        }

        if (o is IntObject i && ReferenceEquals(o.Type, IntObject.PyType))
        {
            return i.Value != 0;
        }

        return o.IsTrue();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Hash(PyObject o)
    {
        if (o is StrObject s)
        {
            return s.Hash();
        }

        // Exact-type test: `is IntObject` on a non-int key (a tuple, an instance) calls the runtime's cast helper.
        if (o.GetType() == typeof(IntObject))
        {
            return Unsafe.As<IntObject>(o).Value;
        }

        return o.Hash();
    }

    /// <summary>Equality as containers use it: identity implies equal, then <c>==</c>'s truth.</summary>
    public static bool Equal(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.GetType() == typeof(IntObject) && b.GetType() == typeof(IntObject))
        {
            return Unsafe.As<IntObject>(a).Value == Unsafe.As<IntObject>(b).Value;
        }

        if (a is StrObject sa && b is StrObject sb)
        {
            return string.Equals(sa.Value, sb.Value, StringComparison.Ordinal);
        }

        return IsTrue(BinaryOp(Bytecode.BinaryOp.Equal, a, b));
    }

    // ---- operators --------------------------------------------------------------------------------------

    /// <summary>Evaluates <c>lhs op rhs</c> for any binary operator, including <c>is</c>, <c>in</c> and exception match.</summary>
    public static PyObject BinaryOp(BinaryOp op, PyObject lhs, PyObject rhs)
    {
        // Small-int fast path: both exact machine-word ints (bools take the slow path), result fits. Exact-type
        // tests, because `is IntObject` on anything else (`x in some_set`) calls the runtime's cast helper.
        if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
        {
            var fast = IntFastPath(op, Unsafe.As<IntObject>(lhs).Value, Unsafe.As<IntObject>(rhs).Value);
            if (fast != null)
            {
                return fast;
            }
        }

        switch (op)
        {
            case Bytecode.BinaryOp.Is:
                return BoolObject.From(Is(lhs, rhs));
            case Bytecode.BinaryOp.In:
                return BoolObject.From(Contains(rhs, lhs));
            case Bytecode.BinaryOp.ExceptionMatch:
                return BoolObject.From(ExceptionMatches(lhs, rhs));
        }

        PyObject? r;
        bool rhsIsSubclass = rhs is InstanceObject && !ReferenceEquals(lhs.Type, rhs.Type) && rhs.Type.IsSubtypeOf(lhs.Type);
        if (rhsIsSubclass)
        {
            r = SubclassReflectedFirst(op, lhs, rhs);
            if (r != null)
            {
                return r;
            }
        }

        r = lhs.BinaryOp(op, rhs);
        if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
        {
            return r;
        }

        if (rhsIsSubclass && lhs is not InstanceObject && rhs is InstanceObject { Native: { } rhsNative })
        {
            // A built-in operator takes an instance of a subclass of its own type as its built-in value (CPython's
            // int.__add__(1, I(2))), also when the subclass's reflected method declined with NotImplemented.
            r = lhs.BinaryOp(op, rhsNative);
            if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
            {
                return r;
            }
        }

        var plain = OperatorNames.NonInplace(op);
        if (plain != op)
        {
            r = lhs.BinaryOp(plain, rhs);
            if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
            {
                return r;
            }
        }

        switch (plain)
        {
            case Bytecode.BinaryOp.Equal:
            case Bytecode.BinaryOp.NotEqual:
            {
                r = rhs.BinaryOp(plain, lhs);
                if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
                {
                    return r;
                }

                bool same = ReferenceEquals(lhs, rhs);
                return BoolObject.From(plain == Bytecode.BinaryOp.Equal ? same : !same);
            }

            case Bytecode.BinaryOp.Less:
            case Bytecode.BinaryOp.More:
            case Bytecode.BinaryOp.LessEqual:
            case Bytecode.BinaryOp.MoreEqual:
            {
                r = rhs.BinaryOp(SwapComparison(plain), lhs);
                if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
                {
                    return r;
                }

                break;
            }

            default:
                if (plain >= Bytecode.BinaryOp.Or && plain <= Bytecode.BinaryOp.Power)
                {
                    r = rhs.ReverseBinaryOp(plain, lhs);
                    if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
                    {
                        return r;
                    }
                }
                else if (plain == Bytecode.BinaryOp.DivMod && rhs is InstanceObject { Native: { } native } && lhs is not InstanceObject)
                {
                    // divmod(7, I(2)): no __rdivmod__ among MicroPython's operators; the built-in value decides (CPython).
                    r = lhs.BinaryOp(plain, native);
                    if (r != null)
                    {
                        return r;
                    }
                }

                break;
        }

        throw Errors.UnsupportedBinary(plain, lhs, rhs);
    }

    /// <summary>
    /// CPython's rule for a right operand whose class derives from the left operand's: when that class overrides the
    /// reflected method (<c>__radd__</c>, or the swapped comparison), it is tried before the left operand's own
    /// method, so <c>2.0 + F(1.0)</c> calls <c>F.__radd__</c>. An in-place method of the left operand still comes
    /// first. Null when the rule does not apply or the method returned NotImplemented.
    /// </summary>
    private static PyObject? SubclassReflectedFirst(Bytecode.BinaryOp op, PyObject lhs, PyObject rhs)
    {
        var plain = OperatorNames.NonInplace(op);
        bool comparison = plain <= Bytecode.BinaryOp.NotEqual;
        Bytecode.BinaryOp reflected;
        if (plain >= Bytecode.BinaryOp.Or && plain <= Bytecode.BinaryOp.Power)
        {
            reflected = OperatorNames.Reflected(plain);
        }
        else if (comparison)
        {
            reflected = SwapComparison(plain);
        }
        else
        {
            return null;
        }

        var rhsType = rhs.Type;
        var method = rhsType.GetSpecial((int)reflected);
        if (method == null)
        {
            return null;
        }

        var lhsType = lhs.Type;
        if (lhsType.IsHeapType)
        {
            if (ReferenceEquals(lhsType.GetSpecial((int)reflected), method))
            {
                return null; // inherited unchanged: the ordinary order applies
            }

            if (plain != op && lhsType.GetSpecial((int)op) != null)
            {
                return null; // the left operand's __iadd__ wins
            }
        }

        var r = comparison ? rhs.BinaryOp(reflected, lhs) : rhs.ReverseBinaryOp(plain, lhs);
        return r == null || ReferenceEquals(r, NotImplementedObject.Value) ? null : r;
    }

    private static Bytecode.BinaryOp SwapComparison(Bytecode.BinaryOp op) => op switch
    {
        Bytecode.BinaryOp.Less => Bytecode.BinaryOp.More,
        Bytecode.BinaryOp.More => Bytecode.BinaryOp.Less,
        Bytecode.BinaryOp.LessEqual => Bytecode.BinaryOp.MoreEqual,
        Bytecode.BinaryOp.MoreEqual => Bytecode.BinaryOp.LessEqual,
        _ => op,
    };

    /// <summary>Machine-word int arithmetic; null when the result needs a big int or the op needs the slow path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? IntFastPath(BinaryOp op, long a, long b)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            case Bytecode.BinaryOp.InplaceAdd:
            {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0)
                {
                    return null;
                }

                return IntObject.Get(r);
            }

            case Bytecode.BinaryOp.Subtract:
            case Bytecode.BinaryOp.InplaceSubtract:
            {
                long r = a - b;
                if (((a ^ b) & (a ^ r)) < 0)
                {
                    return null;
                }

                return IntObject.Get(r);
            }

            case Bytecode.BinaryOp.Multiply:
            case Bytecode.BinaryOp.InplaceMultiply:
            {
                long hi = Math.BigMul(a, b, out long lo);
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0))
                {
                    return null;
                }

                return IntObject.Get(lo);
            }

            case Bytecode.BinaryOp.Less:
                return BoolObject.From(a < b);
            case Bytecode.BinaryOp.More:
                return BoolObject.From(a > b);
            case Bytecode.BinaryOp.LessEqual:
                return BoolObject.From(a <= b);
            case Bytecode.BinaryOp.MoreEqual:
                return BoolObject.From(a >= b);
            case Bytecode.BinaryOp.Equal:
                return BoolObject.From(a == b);
            case Bytecode.BinaryOp.NotEqual:
                return BoolObject.From(a != b);

            case Bytecode.BinaryOp.FloorDivide:
            case Bytecode.BinaryOp.InplaceFloorDivide:
            {
                if (b == 0 || (a == long.MinValue && b == -1))
                {
                    return null;
                }

                long q = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0)))
                {
                    q--;
                }

                return IntObject.Get(q);
            }

            case Bytecode.BinaryOp.Modulo:
            case Bytecode.BinaryOp.InplaceModulo:
            {
                if (b == 0 || b == -1)
                {
                    return b == -1 ? IntObject.Zero : null;
                }

                long m = a % b;
                if (m != 0 && ((m < 0) != (b < 0)))
                {
                    m += b;
                }

                return IntObject.Get(m);
            }

            case Bytecode.BinaryOp.And:
            case Bytecode.BinaryOp.InplaceAnd:
                return IntObject.Get(a & b);
            case Bytecode.BinaryOp.Or:
            case Bytecode.BinaryOp.InplaceOr:
                return IntObject.Get(a | b);
            case Bytecode.BinaryOp.Xor:
            case Bytecode.BinaryOp.InplaceXor:
                return IntObject.Get(a ^ b);
            case Bytecode.BinaryOp.LShift:
            case Bytecode.BinaryOp.InplaceLShift:
            {
                // Negative counts (ValueError) and results beyond a machine word take the general path.
                if ((ulong)b >= 63)
                {
                    return null;
                }

                long r = a << (int)b;
                return (r >> (int)b) == a ? IntObject.Get(r) : null;
            }

            case Bytecode.BinaryOp.RShift:
            case Bytecode.BinaryOp.InplaceRShift:
                if (b < 0)
                {
                    return null;
                }

                return IntObject.Get(a >> (int)Math.Min(b, 63));

            default:
                return null;
        }
    }

    public static PyObject UnaryOp(UnaryOp op, PyObject o)
    {
        if (op == Bytecode.UnaryOp.Not)
        {
            return BoolObject.From(!IsTrue(o));
        }

        if (op == Bytecode.UnaryOp.Bool)
        {
            return BoolObject.From(IsTrue(o));
        }

        if (o is IntObject i && ReferenceEquals(o.Type, IntObject.PyType) && i.Value != long.MinValue)
        {
            switch (op)
            {
                case Bytecode.UnaryOp.Negative:
                    return IntObject.Get(-i.Value);
                case Bytecode.UnaryOp.Positive:
                    return o;
                case Bytecode.UnaryOp.Invert:
                    return IntObject.Get(~i.Value);
            }
        }

        var r = o.UnaryOp(op);
        if (r != null && !ReferenceEquals(r, NotImplementedObject.Value))
        {
            return r;
        }

        throw Errors.UnsupportedUnary(op, o);
    }

    /// <summary><c>a is b</c>. Ints of exact type compare by value, as MicroPython's immediate small ints do.</summary>
    public static bool Is(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        // Equal small ints are the same object in MicroPython (they are not boxed): so here. Exact-type checks
        // (no cast helper call) keep `x is None` cheap; only the protected constructor makes other IntObjects (bool).
        return a.GetType() == typeof(IntObject) && b.GetType() == typeof(IntObject)
            && Unsafe.As<IntObject>(a).Value == Unsafe.As<IntObject>(b).Value;
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(PyObject container, PyObject item) => container.Contains(item);

    public static bool ContainsByIteration(PyObject container, PyObject item)
    {
        var it = GetIter(container);
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            if (Equal(x, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>isinstance(o, t)</c> for a single type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInstance(PyObject o, TypeObject t) => ReferenceEquals(o.Type, t) || o.Type.IsSubtypeOf(t);

    /// <summary>The <c>except</c> test: <paramref name="exc"/> matches a class or a tuple of classes.</summary>
    public static bool ExceptionMatches(PyObject exc, PyObject classOrTuple)
    {
        var excType = exc as TypeObject ?? exc.Type;
        if (classOrTuple is TupleObject tuple)
        {
            foreach (var c in tuple.Items)
            {
                if (ExceptionMatches(exc, c))
                {
                    return true;
                }
            }

            return false;
        }

        if (classOrTuple is TypeObject t)
        {
            return excType.IsSubtypeOf(t);
        }

        return false;
    }

    // ---- containers and iteration -----------------------------------------------------------------------

    public static long Length(PyObject o) => o.Length();

    public static PyObject GetIter(PyObject o) => o.GetIter();

    /// <summary>Next item, or null when the iterator is exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Next(PyObject iterator) => iterator.Next();

    /// <summary>Converts an index-like value (int, bool) to a machine word; <c>TypeError</c> with <paramref name="what"/> otherwise.</summary>
    public static long ToIndex(PyObject index, string what)
    {
        if (index is IntObject i)
        {
            return i.Value;
        }

        if (index is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.IndicesMustBeIntegers(what, index);
    }

    /// <summary>Normalises a possibly negative sequence index; raises <c>IndexError: {what} index out of range</c>.</summary>
    public static int NormalizeIndex(PyObject index, int length, string what)
    {
        long i = ToIndex(index, what);
        if (i < 0)
        {
            i += length;
        }

        if ((ulong)i >= (ulong)length)
        {
            throw Errors.IndexOutOfRange(what);
        }

        return (int)i;
    }

    // ---- attributes -------------------------------------------------------------------------------------

    public static PyObject LoadAttr(PyObject o, StrObject name)
    {
        if (o.TryLoadAttr(name, out var value))
        {
            return value;
        }

        throw Errors.NoAttribute(o, name.Value);
    }

    public static bool TryLoadAttr(PyObject o, StrObject name, out PyObject value) => o.TryLoadAttr(name, out value);

    public static void StoreAttr(PyObject o, StrObject name, PyObject value) => o.StoreAttr(name, value);

    public static void DeleteAttr(PyObject o, StrObject name) => o.StoreAttr(name, null);

    /// <summary>
    /// <c>LOAD_METHOD</c>: when the attribute is a function found on the type (and not shadowed by the instance
    /// dict), returns it with <paramref name="self"/> set so the call can pass self without a bound-method object.
    /// </summary>
    public static void LoadMethod(PyObject o, StrObject name, out PyObject method, out PyObject? self)
    {
        if (o is not TypeObject && o is not ModuleObject)
        {
            var desc = o.Type.Lookup(name);
            if (desc is IMethodLike && (desc is not BuiltinFunction bf || bf.SelfType != null))
            {
                var dict = o.InstanceDict;
                if (dict == null || dict.GetOrNull(name) == null)
                {
                    method = desc;
                    self = o;
                    return;
                }
            }
        }

        method = LoadAttr(o, name);
        self = null;
    }

    /// <summary>The default attribute lookup: data descriptors on the type, then the instance dict, then other type attributes.</summary>
    public static bool GenericTryLoadAttr(PyObject o, StrObject name, out PyObject value)
    {
        var type = o.Type;
        var desc = type.Lookup(name);
        if (desc is IDataDescriptor dd)
        {
            value = dd.DescriptorGet(o, type);
            return true;
        }

        var dict = o.InstanceDict;
        if (dict != null)
        {
            var v = dict.GetOrNull(name);
            if (v != null)
            {
                value = v;
                return true;
            }
        }

        if (desc != null)
        {
            value = desc is IDescriptor d ? d.DescriptorGet(o, type) : desc;
            return true;
        }

        if (name.Value == "__class__")
        {
            value = type;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>The default attribute store: data descriptors, then the instance dict; AttributeError if neither.</summary>
    public static void GenericStoreAttr(PyObject o, StrObject name, PyObject? value)
    {
        var desc = o.Type.Lookup(name);
        if (desc is IDataDescriptor dd)
        {
            dd.DescriptorSet(o, value);
            return;
        }

        var dict = o.InstanceDict;
        if (dict != null)
        {
            if (value == null)
            {
                if (dict.Remove(name) == null)
                {
                    throw Errors.CantStoreAttribute(o, name.Value);
                }
            }
            else
            {
                dict.SetItem(name, value);
            }

            return;
        }

        throw Errors.CantStoreAttribute(o, name.Value);
    }

    // ---- calls ------------------------------------------------------------------------------------------

    public static PyObject Call(PyObject fn, ReadOnlySpan<PyObject> args, int nKw) => fn.Call(args, nKw);

    public static PyObject CallFunction(PyObject fn) => fn.Call(ReadOnlySpan<PyObject>.Empty, 0);

    public static PyObject CallFunction(PyObject fn, PyObject a)
    {
        var buf = default(ArgBuffer);
        buf[0] = a;
        return fn.Call(((Span<PyObject>)buf).Slice(0, 1), 0);
    }

    public static PyObject CallFunction(PyObject fn, PyObject a, PyObject b)
    {
        var buf = default(ArgBuffer);
        buf[0] = a;
        buf[1] = b;
        return fn.Call(((Span<PyObject>)buf).Slice(0, 2), 0);
    }

    public static PyObject CallFunction(PyObject fn, PyObject a, PyObject b, PyObject c)
    {
        var buf = default(ArgBuffer);
        buf[0] = a;
        buf[1] = b;
        buf[2] = c;
        return fn.Call(((Span<PyObject>)buf).Slice(0, 3), 0);
    }

    /// <summary>Calls method <paramref name="name"/> of <paramref name="o"/> with the given positional arguments.</summary>
    public static PyObject CallMethod(PyObject o, StrObject name, ReadOnlySpan<PyObject> args)
    {
        LoadMethod(o, name, out var method, out var self);
        if (self == null)
        {
            return method.Call(args, 0);
        }

        int n = args.Length + 1;
        if (n <= 8)
        {
            var buf = default(ArgBuffer);
            Span<PyObject> span = buf;
            span[0] = self;
            args.CopyTo(span.Slice(1));
            return method.Call(span.Slice(0, n), 0);
        }

        var arr = new PyObject[n];
        arr[0] = self;
        args.CopyTo(arr.AsSpan(1));
        return method.Call(arr, 0);
    }

    /// <summary>Wraps a .NET bool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BoolObject Bool(bool b) => b ? BoolObject.True : BoolObject.False;
}
