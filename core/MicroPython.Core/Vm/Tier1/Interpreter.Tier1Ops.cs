using System;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

public static partial class Interpreter
{
    /// <summary>
    /// What tier-1 code calls: each member does what the dispatch loop does for one opcode (calling the same
    /// helpers, so behaviour is the loop's by construction), on the frame's state array at a stack index the
    /// compiler knows. Members returning <c>PyObject?</c> or <c>bool</c> report a Python exception without a .NET
    /// throw (null / false, the exception in <see cref="Frame.Result"/>), where programs raise in their loops.
    /// </summary>
    internal static partial class Tier1Ops
    {
        /// <summary>What <see cref="ForIter"/> returns when the iterator raised (the exception is in Frame.Result).</summary>
        internal static readonly PyObject Failed = new ExceptionObject(ExceptionTypes.RuntimeError, TupleObject.Empty);

        // ---- names ----------------------------------------------------------------------------------------

        internal static PyObject? LoadName(Frame frame, StrObject name, GlobalSiteCache cache)
        {
            var locals = frame.Locals;
            PyObject? v = null;
            if (locals != null && !ReferenceEquals(locals, frame.Globals))
            {
                v = locals.GetOrNull(name);
            }

            v ??= LoadGlobalCached(frame.Globals, frame.Runtime.Builtins, name, cache);
            if (v == null)
            {
                frame.Result = Errors.NameNotDefined(name.Value).Value;
            }

            return v;
        }

                internal static PyObject? LoadGlobal(Frame frame, StrObject name, GlobalSiteCache cache)
        {
            var v = LoadGlobalCached(frame.Globals, frame.Runtime.Builtins, name, cache);
            if (v == null)
            {
                frame.Result = Errors.NameNotDefined(name.Value).Value;
            }

            return v;
        }

                internal static PyObject LoadAttr(PyObject obj, StrObject name, AttrSiteCache cache) => LoadAttrCached(obj, name, cache);

        internal static void LoadMethod(StateSlot[] state, int sp, StrObject name, AttrSiteCache cache)
        {
            LoadMethodCached(state[sp].Value!, name, cache, out var method, out var self);
            state[sp].Value = method;
            state[sp + 1].Value = self;
        }

        internal static void LoadSuperMethod(StateSlot[] state, int sp, StrObject name)
        {
            // super, cls, self → method, self (sp indexes self).
            Interpreter.LoadSuperMethod(name, state[sp - 1].Value!, state[sp].Value!, out var method, out var self);
            state[sp - 2].Value = method;
            state[sp - 1].Value = self;
        }

        internal static void StoreName(Frame frame, StrObject name, PyObject value) => (frame.Locals ?? frame.Globals).SetItem(name, value);

        internal static void StoreGlobal(Frame frame, StrObject name, PyObject value) => frame.Globals.SetItem(name, value);

                internal static void StoreAttr(PyObject obj, StrObject name, PyObject? value, AttrSiteCache cache) => StoreAttrCached(obj, name, value, cache);

        internal static void DeleteName(Frame frame, StrObject name, bool isName)
        {
            var dict = isName ? frame.Locals ?? frame.Globals : frame.Globals;
            if (dict.Remove(name) == null)
            {
                throw Errors.KeyError(name);
            }
        }

        internal static PyObject ImportName(Frame frame, StrObject name, PyObject level, PyObject fromlist) =>
            Interpreter.ImportName(frame.Runtime, name, frame.Globals, fromlist, level);

        internal static PyObject ImportFrom(Frame frame, PyObject module, StrObject name) => Interpreter.ImportFrom(frame.Runtime, module, name);

        internal static void ImportStar(Frame frame, PyObject module) => Interpreter.ImportStar(module, frame.Locals ?? frame.Globals);

        // ---- locals and cells -----------------------------------------------------------------------------

        /// <summary>Reading an unbound local: the NameError, in Frame.Result.</summary>
        internal static void Unbound(Frame frame) => frame.Result = Errors.LocalUnbound().Value;

        internal static PyObject? LoadDeref(Frame frame, PyObject cell)
        {
            var v = ((CellObject)cell).Value;
            if (v == null)
            {
                frame.Result = Errors.LocalUnbound().Value;
            }

            return v;
        }

        internal static void StoreDeref(PyObject cell, PyObject? value) => ((CellObject)cell).Value = value;

        internal static void DeleteFast(StateSlot[] state, int slot)
        {
            if (state[slot].Value == null)
            {
                throw Errors.LocalUnbound();
            }

            state[slot].Value = null;
        }

        internal static void DeleteDeref(PyObject cell)
        {
            var c = (CellObject)cell;
            if (c.Value == null)
            {
                throw Errors.LocalUnbound();
            }

            c.Value = null;
        }

        // ---- building -------------------------------------------------------------------------------------

        internal static void MakeClosure(Frame frame, StateSlot[] state, int sp, int index, int nClosed, bool withDefaults)
        {
            var cells = new PyObject[nClosed];
            StackSpan(state, sp - nClosed + 1, nClosed).CopyTo(cells);
            sp -= nClosed;
            if (!withDefaults)
            {
                state[sp + 1].Value = Interpreter.MakeFunction(frame.Code, index, frame.Globals, null, null, cells);
            }
            else
            {
                var kwDefaults = state[sp--].Value;
                state[sp].Value = Interpreter.MakeFunction(frame.Code, index, frame.Globals, state[sp].Value, kwDefaults, cells);
            }
        }

        internal static PyObject MakeFunction(Frame frame, int index) => Interpreter.MakeFunction(frame.Code, index, frame.Globals, null, null, null);

        internal static PyObject MakeFunctionDefargs(Frame frame, int index, PyObject defaults, PyObject? kwDefaults) =>
            Interpreter.MakeFunction(frame.Code, index, frame.Globals, defaults, kwDefaults, null);

        /// <summary>BUILD_TUPLE/BUILD_LIST of <paramref name="n"/> values starting at <paramref name="first"/>.</summary>
        internal static PyObject BuildTuple(StateSlot[] state, int first, int n)
        {
            if (n == 0)
            {
                return TupleObject.Empty;
            }

            var items = new PyObject[n];
            StackSpan(state, first, n).CopyTo(items);
            return new TupleObject(items);
        }

        internal static PyObject BuildList(StateSlot[] state, int first, int n)
        {
            var items = new PyObject[n < 4 ? 4 : n];
            StackSpan(state, first, n).CopyTo(items);
            return new ListObject(items, n);
        }

        internal static PyObject BuildMap(int n) => new DictObject(n);

        internal static PyObject BuildSet(StateSlot[] state, int first, int n)
        {
            var set = new SetObject(false, n);
            for (int i = 0; i < n; i++)
            {
                set.Add(state[first + i].Value!);
            }

            return set;
        }

        internal static PyObject BuildSlice(StateSlot[] state, int first, int n) =>
            new SliceObject(state[first].Value!, state[first + 1].Value!, n == 3 ? state[first + 2].Value! : NoneObject.None);

        internal static void StoreComp(StateSlot[] state, int sp, int arg)
        {
            var collection = state[sp - (arg >> 2)].Value!;
            switch (arg & 3)
            {
                case Opcodes.StoreCompList:
                    ((ListObject)collection).Append(state[sp].Value!);
                    break;
                case Opcodes.StoreCompDict:
                    ((DictObject)collection).SetItem(state[sp].Value!, state[sp - 1].Value!);
                    break;
                default:
                    ((SetObject)collection).Add(state[sp].Value!);
                    break;
            }
        }

        internal static void UnpackSequence(StateSlot[] state, int sp, int n) => Interpreter.UnpackSequence(state[sp].Value!, n, state, sp);

        internal static void UnpackEx(StateSlot[] state, int sp, int arg) => Interpreter.UnpackEx(state[sp].Value!, arg, state, sp);

        internal static void StoreMap(StateSlot[] state, int sp) => ((DictObject)state[sp - 2].Value!).SetItem(state[sp].Value!, state[sp - 1].Value!);

        // ---- subscripts -----------------------------------------------------------------------------------

        /// <summary>LOAD_SUBSCR: obj[index]; null when an IndexError/KeyError is raised (in Frame.Result).</summary>
                internal static PyObject? LoadSubscr(Frame frame, PyObject obj, PyObject index)
        {
            if (index.GetType() == typeof(IntObject) && obj is ListObject list)
            {
                long k = Unsafe.As<IntObject>(index).Value;
                int n = list.Count;
                if (k < 0)
                {
                    k += n;
                }

                if ((ulong)k < (ulong)n)
                {
                    return list.RawItems[k];
                }
            }

            return LoadSubscrSlow(frame, obj, index);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static PyObject? LoadSubscrSlow(Frame frame, PyObject obj, PyObject index)
        {
            if (index.GetType() == typeof(IntObject))
            {
                long k = Unsafe.As<IntObject>(index).Value;
                if (obj is ListObject list)
                {
                    frame.Result = Errors.IndexOutOfRange("list").Value;
                    return null;
                }
                else if (obj is TupleObject tuple)
                {
                    var items = tuple.Items;
                    if (k < 0)
                    {
                        k += items.Length;
                    }

                    if ((ulong)k < (ulong)items.Length)
                    {
                        return items[k];
                    }

                    frame.Result = Errors.IndexOutOfRange("tuple").Value;
                    return null;
                }
            }

            if (obj is DictObject dict && ReferenceEquals(dict.Type, DictObject.PyType))
            {
                var value = dict.GetOrNull(index);
                if (value == null)
                {
                    frame.Result = Errors.KeyError(index).Value;
                }

                return value;
            }

            return obj.GetItem(index);
        }

        /// <summary>STORE_SUBSCR: value, obj, index at sp−2, sp−1, sp; a NULL value deletes.</summary>
                internal static void StoreSubscr(PyObject? value, PyObject obj, PyObject index)
        {
            if (value != null && index.GetType() == typeof(IntObject) && obj is ListObject list)
            {
                long k = Unsafe.As<IntObject>(index).Value;
                int n = list.Count;
                if (k < 0)
                {
                    k += n;
                }

                if ((ulong)k < (ulong)n)
                {
                    list.StoreAt((int)k, value);
                    return;
                }
            }

            StoreSubscrSlow(value, obj, index);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void StoreSubscrSlow(PyObject? value, PyObject obj, PyObject index)
        {
            if (value == null)
            {
                obj.DelItem(index);
                return;
            }

            obj.SetItem(index, value);
        }

        // ---- iteration ------------------------------------------------------------------------------------

        internal static PyObject GetIter(PyObject o) => Ops.GetIter(o);

        /// <summary>GET_ITER_STACK: obj at sp → NULL, iterator, NULL, NULL.</summary>
        internal static void GetIterStack(StateSlot[] state, int sp)
        {
            var it = Ops.GetIter(state[sp].Value!);
            state[sp].Value = null;
            state[sp + 1].Value = it;
            state[sp + 2].Value = null;
            state[sp + 3].Value = null;
        }

        /// <summary>FOR_ITER: the next item, null when exhausted, <see cref="Failed"/> when the iterator raised.</summary>
                internal static PyObject? ForIter(Frame frame, PyObject it)
        {
            if (it is RangeIterator ri)
            {
                return ri.Next();
            }

            if (it is ListIterator li)
            {
                return li.Next();
            }

            return ForIterSlow(frame, it);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static PyObject? ForIterSlow(Frame frame, PyObject it)
        {
            if (it is TupleIterator ti)
            {
                return ti.Next();
            }

            if (it is GeneratorObject gen)
            {
                var status = gen.Resume(NoneObject.None, null, out var value);
                if (status == ExecStatus.Exception)
                {
                    frame.Result = value;
                    return Failed;
                }

                return status == ExecStatus.Yield ? value : null;
            }

            return NextAllowingStopIteration(it);
        }

        // ---- blocks and raising ---------------------------------------------------------------------------

        internal static void SetupBlock(Frame frame, int handler, int savedSp, bool isFinally)
        {
            ref var block = ref frame.ExcStack[++frame.ExcSp];
            block.Handler = handler;
            block.SavedSp = savedSp;
            block.IsFinally = isFinally;
            block.PrevExc = null;
        }

        internal static void PopExcept(Frame frame)
        {
            frame.ExcSp--;
            frame.Runtime.CurrentException = null;
        }

        /// <summary>END_FINALLY after a finally body that was entered normally (None on top): true when done;
        /// false (nothing changed) for the other cases, which the interpreter runs.</summary>
        internal static bool EndFinallyNone(Frame frame, PyObject tos)
        {
            if (!ReferenceEquals(tos, NoneObject.None))
            {
                return false;
            }

            frame.ExcSp--;
            frame.Runtime.CurrentException = null;
            return true;
        }

        internal static PyObject RaiseLast(Frame frame)
        {
            for (int e = frame.ExcSp; e >= 0; e--)
            {
                if (frame.ExcStack[e].PrevExc != null)
                {
                    return frame.ExcStack[e].PrevExc!;
                }
            }

            return Errors.RuntimeError("no active exception to reraise").Value;
        }

        internal static PyObject RaiseObj(PyObject o) => MakeRaiseObj(o);

        internal static PyObject RaiseFrom(Frame frame, PyObject exc, PyObject cause)
        {
            if (!ReferenceEquals(cause, NoneObject.None))
            {
                frame.Runtime.Stderr.Write("Warning: exception chaining not supported\n");
            }

            return MakeRaiseObj(exc);
        }

        /// <summary>A backward jump found an interrupt or scheduled callback pending: false with the exception to raise.</summary>
        internal static bool Poll(Frame frame)
        {
            var exc = TakeInterrupt(frame.Runtime);
            if (exc != null)
            {
                frame.Result = exc;
                return false;
            }

            return true;
        }

        // ---- truth, unary and binary operators ------------------------------------------------------------

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool Truth(PyObject v) =>
            ReferenceEquals(v, BoolObject.True) || (!ReferenceEquals(v, BoolObject.False) && Ops.IsTrue(v));

        internal static bool IsTrue(PyObject v) => Ops.IsTrue(v);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static PyObject Not(PyObject v) => Truth(v) ? BoolObject.False : BoolObject.True;

        internal static PyObject Negative(PyObject v, PyRuntime runtime) =>
            v.GetType() == typeof(FloatObject) ? FloatObject.Make(-Unsafe.As<FloatObject>(v).Value, runtime) : Ops.UnaryOp(UnaryOp.Negative, v);

        internal static PyObject Unary(int op, PyObject v) => Ops.UnaryOp((UnaryOp)op, v);

        internal static PyObject Is(PyObject lhs, PyObject rhs) => Ops.Is(lhs, rhs) ? BoolObject.True : BoolObject.False;

        /// <summary>The loop's generic binary path: exact small ints, then mixed float arithmetic, then Ops.BinaryOp.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static PyObject Binary(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                var fast = Ops.IntFastPath((BinaryOp)op, Unsafe.As<IntObject>(lhs).Value, Unsafe.As<IntObject>(rhs).Value);
                if (fast != null)
                {
                    return fast;
                }
            }

            return Ops.FloatFastPath((BinaryOp)op, lhs, rhs, runtime) ?? Ops.BinaryOp((BinaryOp)op, lhs, rhs);
        }

                internal static PyObject Add(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                long a = Unsafe.As<IntObject>(lhs).Value;
                long b = Unsafe.As<IntObject>(rhs).Value;
                long r = a + b;
                if (((a ^ r) & (b ^ r)) >= 0)
                {
                    return IntObject.Get(r);
                }
            }
            else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
            {
                return FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value + Unsafe.As<FloatObject>(rhs).Value, runtime);
            }

            return Binary(op, lhs, rhs, runtime);
        }

                internal static PyObject Subtract(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                long a = Unsafe.As<IntObject>(lhs).Value;
                long b = Unsafe.As<IntObject>(rhs).Value;
                long r = a - b;
                if (((a ^ b) & (a ^ r)) >= 0)
                {
                    return IntObject.Get(r);
                }
            }
            else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
            {
                return FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value - Unsafe.As<FloatObject>(rhs).Value, runtime);
            }

            return Binary(op, lhs, rhs, runtime);
        }

                internal static PyObject Multiply(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                long a = Unsafe.As<IntObject>(lhs).Value;
                long b = Unsafe.As<IntObject>(rhs).Value;
                long hi = Math.BigMul(a, b, out long lo);
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                {
                    return IntObject.Get(lo);
                }
            }
            else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
            {
                return FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value * Unsafe.As<FloatObject>(rhs).Value, runtime);
            }

            return Binary(op, lhs, rhs, runtime);
        }

                internal static PyObject TrueDivide(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject) && Unsafe.As<FloatObject>(rhs).Value != 0)
            {
                return FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value / Unsafe.As<FloatObject>(rhs).Value, runtime);
            }

            return Binary(op, lhs, rhs, runtime);
        }

        /// <summary>A comparison whose result is pushed: a bool on the int/float fast paths, else the generic result.</summary>
                internal static PyObject Compare(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                return CompareLongs(op, Unsafe.As<IntObject>(lhs).Value, Unsafe.As<IntObject>(rhs).Value) ? BoolObject.True : BoolObject.False;
            }

            if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
            {
                return CompareDoubles(op, Unsafe.As<FloatObject>(lhs).Value, Unsafe.As<FloatObject>(rhs).Value) ? BoolObject.True : BoolObject.False;
            }

            return Binary(op, lhs, rhs, runtime);
        }

        /// <summary>A comparison fused with the POP_JUMP_IF_* that consumes it: its truth.</summary>
                internal static bool CompareTruth(int op, PyObject lhs, PyObject rhs, PyRuntime runtime)
        {
            if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
            {
                return CompareLongs(op, Unsafe.As<IntObject>(lhs).Value, Unsafe.As<IntObject>(rhs).Value);
            }

            if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
            {
                return CompareDoubles(op, Unsafe.As<FloatObject>(lhs).Value, Unsafe.As<FloatObject>(rhs).Value);
            }

            return CompareTruthSlow(op, lhs, rhs, runtime);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool CompareTruthSlow(int op, PyObject lhs, PyObject rhs, PyRuntime runtime) => Truth(Binary(op, lhs, rhs, runtime));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool CompareLongs(int op, long a, long b) => op switch
        {
            (int)BinaryOp.Less => a < b,
            (int)BinaryOp.More => a > b,
            (int)BinaryOp.Equal => a == b,
            (int)BinaryOp.LessEqual => a <= b,
            (int)BinaryOp.MoreEqual => a >= b,
            _ => a != b,
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool CompareDoubles(int op, double a, double b) => op switch
        {
            (int)BinaryOp.Less => a < b,
            (int)BinaryOp.More => a > b,
            (int)BinaryOp.Equal => a == b,
            (int)BinaryOp.LessEqual => a <= b,
            (int)BinaryOp.MoreEqual => a >= b,
            _ => a != b,
        };
    }
}
