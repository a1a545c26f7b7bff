using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// Calls with * and ** arguments, function creation, __exit__ calls and the resume protocol of YIELD_FROM.
public static partial class Interpreter
{
    /// <summary>
    /// A frame for calling <paramref name="pyFn"/> (a recycled one when possible) with its parameters bound: the
    /// one binding sequence of the loop's Python-to-Python calls and of tier-1 calls. Exactly the positional
    /// parameters, also behind a closure's cells (hidden leading parameters) and a bound method's self, are copied
    /// here; everything else goes through <see cref="ArgumentBinder"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Frame RentBoundFrame(FunctionObject pyFn, PyObject? self, ReadOnlySpan<PyObject> args, int kw)
    {
        var calleeCode = pyFn.Code;
        var callee = calleeCode.IsGenerator ? new Frame(calleeCode, pyFn.Globals) : Frame.Rent(calleeCode, pyFn.Globals);
        var closure = pyFn.Closure;
        if (kw == 0 && self == null && closure == null && calleeCode.IsPlainPositional && args.Length == calleeCode.NPosArgs)
        {
            // The common call: positional arguments straight into the parameter slots.
            var calleeState = callee.State;
            int top = calleeState.Length - 1;
            for (int i = 0; i < args.Length; i++)
            {
                calleeState[top - i].Value = args[i];
            }
        }
        else if (kw == 0 && calleeCode.IsPlainPositional
            && (closure == null ? 0 : closure.Length) + (self == null ? 0 : 1) + args.Length == calleeCode.NPosArgs)
        {
            var calleeState = callee.State;
            int slot = calleeState.Length - 1;
            if (closure != null)
            {
                for (int i = 0; i < closure.Length; i++)
                {
                    calleeState[slot--].Value = closure[i];
                }
            }

            if (self != null)
            {
                calleeState[slot--].Value = self;
            }

            for (int i = 0; i < args.Length; i++)
            {
                calleeState[slot--].Value = args[i];
            }
        }
        else
        {
            ArgumentBinder.Bind(pyFn, callee.State, self, args, kw);
        }

        return callee;
    }

    private static readonly StrObject s_enter = StrObject.Intern("__enter__");
    private static readonly StrObject s_exit = StrObject.Intern("__exit__");
    private static readonly StrObject s_next = StrObject.Intern("__next__");
    private static readonly StrObject s_send = StrObject.Intern("send");
    private static readonly StrObject s_throw = StrObject.Intern("throw");
    private static readonly StrObject s_close = StrObject.Intern("close");
    private static readonly StrObject s_keys = StrObject.Intern("keys");

    /// <summary>MAKE_FUNCTION*/MAKE_CLOSURE*: a function for child <paramref name="index"/> of <paramref name="code"/>.</summary>
    private static FunctionObject MakeFunction(CodeObject code, int index, DictObject globals, PyObject? defaults, PyObject? kwDefaults, PyObject[]? cells)
    {
        var child = code.Children[index] ?? throw Errors.NotImplemented("native code in .mpy");
        return new FunctionObject(child, globals, (defaults as TupleObject)?.Items, kwDefaults as DictObject, cells);
    }

    /// <summary>
    /// Builds the flat argument list of a CALL_*_VAR_KW (MicroPython's <c>mp_call_prepare_args_n_kw_var</c>):
    /// <c>self</c> (if any), the positionals with the <c>*</c> ones (bit i of <paramref name="bitmap"/>) expanded,
    /// then the keyword pairs with every <c>**</c> mapping (NULL key) expanded into (str, value) pairs.
    /// </summary>
    private static PyObject[] BuildVarKwArgs(StateSlot[] state, int first, int nPos, int nKw, PyObject bitmap, PyObject? self, out int length, out int nKwOut)
    {
        long stars = ((IntObject)bitmap).Value;
        var args = new ArgList(nPos + (2 * nKw) + 1);
        if (self != null)
        {
            args.Add(self);
        }

        for (int i = 0; i < nPos; i++)
        {
            var a = state[first + i].Value!;
            if (i < 63 && ((stars >> i) & 1) != 0)
            {
                if (a is TupleObject t)
                {
                    args.AddRange(t.Items);
                }
                else if (a is ListObject l)
                {
                    args.AddRange(l.AsSpan());
                }
                else
                {
                    var it = Ops.GetIter(a);
                    PyObject? x;
                    while ((x = it.Next()) != null)
                    {
                        args.Add(x);
                    }
                }
            }
            else
            {
                args.Add(a);
            }
        }

        int positional = args.Count;
        for (int k = 0; k < nKw; k++)
        {
            var key = state[first + nPos + (2 * k)].Value;
            var value = state[first + nPos + (2 * k) + 1].Value!;
            if (key != null)
            {
                args.Add(key);
                args.Add(value);
                continue;
            }

            // ** mapping: a dict is walked directly, anything else through keys() and __getitem__.
            if (value is DictObject dict)
            {
                int position = 0;
                while (dict.TryGetNext(ref position, out var dk, out var dv))
                {
                    args.Add(InternKeyword(dk));
                    args.Add(dv);
                }
            }
            else
            {
                var it = Ops.GetIter(Ops.CallMethod(value, s_keys, ReadOnlySpan<PyObject>.Empty));
                PyObject? dk;
                while ((dk = it.Next()) != null)
                {
                    var name = InternKeyword(dk);
                    args.Add(name);
                    args.Add(value.GetItem(name));
                }
            }
        }

        length = args.Count;
        nKwOut = (args.Count - positional) / 2;
        return args.Items!;
    }

    /// <summary>The stack slots <c>[start, start + length)</c> as call arguments, without copying.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<PyObject> StackSpan(StateSlot[] state, int start, int length) =>
        length == 0 ? default : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<StateSlot, PyObject>(ref state[start]), length);

    /// <summary>Keyword names must be str; they are interned like MicroPython's qstrs so binding compares by reference.</summary>
    private static StrObject InternKeyword(PyObject key) => StrObject.Intern(Ops.ToStrObject(key).Value);

    /// <summary>Calls a context manager's <c>__exit__</c> (method form: <paramref name="self"/> may be null) with (a, b, None).</summary>
    private static PyObject CallExit(PyObject exitFn, PyObject? self, PyObject a, PyObject b)
    {
        var buf = default(ArgBuffer);
        Span<PyObject> span = buf;
        int n = 0;
        if (self != null)
        {
            span[n++] = self;
        }

        span[n++] = a;
        span[n++] = b;
        span[n++] = NoneObject.None;
        return exitFn.Call(span.Slice(0, n), 0);
    }

    /// <summary>
    /// Resumes a sub-iterator of YIELD_FROM that is not a generator (MicroPython's <c>mp_resume</c>): <c>__next__</c>
    /// when sending None, else <c>send()</c>; a thrown exception goes to <c>throw()</c> (GeneratorExit to
    /// <c>close()</c>) or, if there is no such method, straight back out. A StopIteration ends the delegation with
    /// its value. Never throws: failures come back as <see cref="ExecStatus.Exception"/>.
    /// </summary>
    private static ExecStatus ResumeIterator(PyObject it, PyObject? send, PyObject? thrown, out PyObject value)
    {
        try
        {
            if (thrown == null)
            {
                if (ReferenceEquals(send, NoneObject.None))
                {
                    if (it.Type.IsHeapType)
                    {
                        // A user iterator: call __next__ itself so the value of its StopIteration is kept.
                        value = Ops.CallMethod(it, s_next, ReadOnlySpan<PyObject>.Empty);
                        return ExecStatus.Yield;
                    }

                    var next = it.Next();
                    if (next == null)
                    {
                        value = it is GeneratorObject g ? g.ReturnValue : NoneObject.None;
                        return ExecStatus.Return;
                    }

                    value = next;
                    return ExecStatus.Yield;
                }

                var buf = default(ArgBuffer);
                buf[0] = send!;
                value = Ops.CallMethod(it, s_send, ((Span<PyObject>)buf).Slice(0, 1));
                return ExecStatus.Yield;
            }

            if (Ops.ExceptionMatches(thrown, ExceptionTypes.GeneratorExit))
            {
                if (Ops.TryLoadAttr(it, s_close, out var close))
                {
                    value = Ops.CallFunction(close);
                    return ExecStatus.Return;
                }
            }
            else if (Ops.TryLoadAttr(it, s_throw, out var throwMethod))
            {
                value = Ops.CallFunction(throwMethod, thrown);
                return ExecStatus.Yield;
            }

            // Nowhere to throw it into: the exception propagates.
            value = MakeRaiseObj(thrown);
            return ExecStatus.Exception;
        }
        catch (PyException e)
        {
            if (IsStopIteration(e.Value))
            {
                value = StopIterationValue(e.Value);
                return ExecStatus.Return;
            }

            value = e.Value;
            return ExecStatus.Exception;
        }
    }

    /// <summary>A small growable argument array (no List&lt;T&gt; indirection).</summary>
    private struct ArgList
    {
        public PyObject?[] Items;
        public int Count;

        public ArgList(int capacity)
        {
            Items = new PyObject?[Math.Max(capacity, 4)];
            Count = 0;
        }

        public void Add(PyObject item)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }

            Items[Count++] = item;
        }

        public void AddRange(ReadOnlySpan<PyObject> items)
        {
            if (Count + items.Length > Items.Length)
            {
                Array.Resize(ref Items, Math.Max(Items.Length * 2, Count + items.Length));
            }

            items.CopyTo(Items.AsSpan(Count)!);
            Count += items.Length;
        }
    }
}
