using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Every slot of a user-class instance dispatches to the special method defined by the class (looked up on the
// type and cached per type), then to the native part when the class derives from a built-in type, then to the
// default behaviour (MicroPython's objtype.c instance_* functions).
public sealed partial class InstanceObject
{
    // ---- printing ---------------------------------------------------------------------------------------

    public override void Print(StringBuilder sb, bool repr)
    {
        var type = Type;
        PyObject? fn;
        if (repr)
        {
            fn = type.GetSpecial(SpecialMethod.Repr);
        }
        else
        {
            // str() uses __str__, else (unless the built-in base has its own str form) __repr__.
            fn = type.GetSpecial(SpecialMethod.Str);
            if (fn == null && Native is not ExceptionObject && Native is not StrObject)
            {
                fn = type.GetSpecial(SpecialMethod.Repr);
            }
        }

        if (fn != null)
        {
            // MicroPython prints whatever the method returns (str() of a non-str result).
            Ops.PrintTo(sb, SpecialMethod.Invoke(fn, this), false);
            return;
        }

        var native = Native;
        if (native is ExceptionObject exc)
        {
            // E('x',): the class name, then the native exception's args.
            if (repr)
            {
                sb.Append(type.Name);
                exc.Args.Print(sb, true);
            }
            else
            {
                exc.Print(sb, false);
            }

            return;
        }

        if (native != null)
        {
            Ops.PrintTo(sb, native, repr);
            return;
        }

        PrintDefault(sb, this);
    }

    /// <summary>The default form <c>&lt;A object at 7f…&gt;</c> (MicroPython prints the address without <c>0x</c>).</summary>
    internal static void PrintDefault(StringBuilder sb, PyObject o)
    {
        sb.Append('<').Append(o.Type.Name).Append(" object at ").Append(Ops.Id(o).ToString("x")).Append('>');
    }

    // ---- truth, hash ------------------------------------------------------------------------------------

    public override bool IsTrue()
    {
        var type = Type;
        var fn = type.GetSpecial(SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.Bool);
        if (fn != null)
        {
            return Ops.IsTrue(SpecialMethod.Invoke(fn, this));
        }

        fn = type.GetSpecial(SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.Len);
        if (fn != null)
        {
            return ToLength(SpecialMethod.Invoke(fn, this)) != 0;
        }

        return Native == null || Ops.IsTrue(Native);
    }

    public override long Hash()
    {
        var type = Type;
        var fn = type.GetSpecial(SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.Hash);
        if (fn != null)
        {
            if (ReferenceEquals(fn, NoneObject.None))
            {
                // `__hash__ = None` makes the class unhashable.
                throw Errors.Unhashable(this);
            }

            var r = SpecialMethod.Invoke(fn, this);
            return r switch
            {
                IntObject i => i.Value,
                BigIntObject => Ops.Hash(r),
                _ => throw Errors.CantConvert(r, "int"),
            };
        }

        if (Native != null)
        {
            return Ops.Hash(Native);
        }

        if (type.GetSpecial((int)Bytecode.BinaryOp.Equal) != null)
        {
            // A class that defines __eq__ but not __hash__ is unhashable.
            throw Errors.Unhashable(this);
        }

        return Ops.Id(this);
    }

    // ---- operators --------------------------------------------------------------------------------------

    public override PyObject? UnaryOp(UnaryOp op)
    {
        switch (op)
        {
            case Bytecode.UnaryOp.Not:
                return BoolObject.From(!IsTrue());
            case Bytecode.UnaryOp.Bool:
                return BoolObject.From(IsTrue());
            case Bytecode.UnaryOp.Hash:
                return IntObject.Get(Hash());
            case Bytecode.UnaryOp.Len:
            {
                var lenFn = Type.GetSpecial(SpecialMethod.Unary(op));
                if (lenFn != null)
                {
                    return SpecialMethod.Invoke(lenFn, this);
                }

                return Native?.UnaryOp(op);
            }
        }

        var type = Type;
        var fn = type.GetSpecial(SpecialMethod.Unary(op));
        if (fn == null && op == Bytecode.UnaryOp.Int)
        {
            fn = type.GetSpecial(SpecialMethod.Index);
        }

        if (fn != null)
        {
            var r = SpecialMethod.Invoke(fn, this);
            if (ReferenceEquals(r, NotImplementedObject.Value))
            {
                return null;
            }

            if (op == Bytecode.UnaryOp.Int && r is not IntObject && r is not BigIntObject)
            {
                // MicroPython: __int__ must return an int (TypeError without a message otherwise).
                throw Ops.TypeErrorWithoutMessage();
            }

            return r;
        }

        return Native?.UnaryOp(op);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        var type = Type;
        var fn = type.GetSpecial((int)op);
        if (fn != null)
        {
            var r = SpecialMethod.Invoke(fn, this, rhs);
            return ReferenceEquals(r, NotImplementedObject.Value) ? null : r;
        }

        if (op == Bytecode.BinaryOp.NotEqual)
        {
            // != is the negation of a user __eq__ when there is no __ne__.
            var eq = type.GetSpecial((int)Bytecode.BinaryOp.Equal);
            if (eq != null)
            {
                var r = SpecialMethod.Invoke(eq, this, rhs);
                return ReferenceEquals(r, NotImplementedObject.Value) ? null : BoolObject.From(!Ops.IsTrue(r));
            }
        }

        var native = Native;
        if (native == null)
        {
            return null;
        }

        // The built-in part computes with the other operand's built-in part when it has one, so that e.g.
        // two instances of a str subclass compare as strs.
        var result = native.BinaryOp(op, Unwrap(rhs));
        if (ReferenceEquals(result, native) && OperatorNames.IsInplace(op))
        {
            // An in-place operator on the native part (list +=) keeps the instance.
            return this;
        }

        return result;
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        var fn = Type.GetSpecial((int)OperatorNames.Reflected(op));
        if (fn != null)
        {
            var r = SpecialMethod.Invoke(fn, this, lhs);
            return ReferenceEquals(r, NotImplementedObject.Value) ? null : r;
        }

        var native = Native;
        if (native == null)
        {
            return null;
        }

        // The built-in base's reflected method: for built-in types it computes what the left operand's built-in
        // operator computes with this object's built-in value (3 / F(2.0) is float.__rtruediv__, 1 + I(2) int's).
        var left = Unwrap(lhs);
        return native.ReverseBinaryOp(op, left) ?? (left is InstanceObject ? null : left.BinaryOp(op, native));
    }

    private static PyObject Unwrap(PyObject o) => o is InstanceObject { Native: { } n } ? n : o;

    // ---- containers -------------------------------------------------------------------------------------

    public override long Length()
    {
        var fn = Type.GetSpecial(SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.Len);
        if (fn != null)
        {
            return ToLength(SpecialMethod.Invoke(fn, this));
        }

        if (Native != null)
        {
            return Native.Length();
        }

        throw Errors.NoLen(this);
    }

    private static long ToLength(PyObject r) => r switch
    {
        IntObject i => i.Value,
        BigIntObject => throw Errors.OverflowError("overflow converting long int to machine word"),
        _ => throw Errors.CantConvert(r, "int"),
    };

    public override bool Contains(PyObject item)
    {
        var fn = Type.GetSpecial((int)Bytecode.BinaryOp.Contains);
        if (fn != null)
        {
            return Ops.IsTrue(SpecialMethod.Invoke(fn, this, item));
        }

        if (Native != null)
        {
            return Native.Contains(item);
        }

        return Ops.ContainsByIteration(this, item);
    }

    public override PyObject GetItem(PyObject index)
    {
        var fn = Type.GetSpecial(SpecialMethod.GetItem);
        if (fn != null)
        {
            return SpecialMethod.Invoke(fn, this, index);
        }

        if (Native != null)
        {
            if (Native is DictObject dict && Type.LookupUserSpecial(s_missing) != null)
            {
                // dict subclasses with __missing__ (CPython; MicroPython's dict has no such hook).
                return dict.GetOrNull(index) ?? Ops.CallMethod(this, s_missing, new[] { index });
            }

            return Native.GetItem(index);
        }

        throw Errors.NotSubscriptable(this);
    }

    private static readonly StrObject s_missing = StrObject.Intern("__missing__");

    public override void SetItem(PyObject index, PyObject value)
    {
        var fn = Type.GetSpecial(SpecialMethod.SetItem);
        if (fn != null)
        {
            SpecialMethod.Invoke(fn, this, index, value);
            return;
        }

        if (Native != null)
        {
            Native.SetItem(index, value);
            return;
        }

        throw Errors.NoItemAssignment(this);
    }

    public override void DelItem(PyObject index)
    {
        var fn = Type.GetSpecial(SpecialMethod.DelItem);
        if (fn != null)
        {
            SpecialMethod.Invoke(fn, this, index);
            return;
        }

        if (Native != null)
        {
            Native.DelItem(index);
            return;
        }

        throw Errors.NoItemDeletion(this);
    }

    // ---- iteration --------------------------------------------------------------------------------------

    public override PyObject GetIter()
    {
        var type = Type;
        var fn = type.GetSpecial(SpecialMethod.Iter);
        if (fn != null)
        {
            return SpecialMethod.Invoke(fn, this);
        }

        if (Native != null)
        {
            return Native.GetIter();
        }

        // The sequence protocol: __getitem__(0), (1), … until IndexError.
        var getItem = type.GetSpecial(SpecialMethod.GetItem);
        if (getItem != null)
        {
            return new GetItemIterator(this, getItem);
        }

        throw Errors.NotIterable(this);
    }

    public override PyObject? Next()
    {
        var fn = Type.GetSpecial(SpecialMethod.Next);
        if (fn != null)
        {
            try
            {
                return SpecialMethod.Invoke(fn, this);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                // The end of iteration: no StopIteration on the iteration fast path.
                return null;
            }
        }

        if (Native != null)
        {
            return Native.Next();
        }

        throw Errors.NotAnIterator(this);
    }

    // ---- calls ------------------------------------------------------------------------------------------

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
    {
        var fn = Type.GetSpecial(SpecialMethod.Call);
        if (fn != null)
        {
            return SpecialMethod.CallWithSelf(fn, this, args, nKw);
        }

        if (Native != null)
        {
            return Native.Call(args, nKw);
        }

        throw Errors.NotCallable(this);
    }

    /// <summary>Iterator of the sequence protocol over an object with <c>__getitem__</c> but no <c>__iter__</c>.</summary>
    private sealed class GetItemIterator : IteratorObject
    {
        private readonly PyObject _target;
        private readonly PyObject _getItem;
        private long _index;
        private bool _done;

        public GetItemIterator(PyObject target, PyObject getItem)
        {
            _target = target;
            _getItem = getItem;
        }

        public override PyObject? Next()
        {
            if (_done)
            {
                return null;
            }

            try
            {
                var v = SpecialMethod.Invoke(_getItem, _target, IntObject.Get(_index));
                _index++;
                return v;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError)
                || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                _done = true;
                return null;
            }
        }
    }
}
