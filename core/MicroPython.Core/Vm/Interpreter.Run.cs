using System;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// The dispatch loop: one method, one switch over the opcode byte (MicroPython's mp_execute_bytecode).
public static partial class Interpreter
{
    /// <summary>
    /// The dispatch loop (MicroPython's <c>mp_execute_bytecode</c>), starting in <paramref name="frame"/> and
    /// returning when the frame <see cref="Run"/> was called for (the one without <see cref="Frame.Back"/>)
    /// returns, yields or raises. A call of a Python function pushes the callee's frame and continues in the same
    /// loop (stackless: no .NET recursion); its return or unhandled exception pops back to the caller.
    /// </summary>
    private static ExecStatus Execute(Frame frame, PyObject? inject, int budget)
    {
        // Only the frame, its code bytes, its state array, ip and sp are carried around the loop (they fit the
        // callee-saved registers); everything else is read from the frame where it is needed.
        byte[] bc = frame.Code.Bytecode;
        StateSlot[] state = frame.State;
        int ip = frame.Ip;
        int sp = frame.Sp;
        PyObject? exc;

        // Scratch for the shared call sequence (doCall/pyCall below).
        PyObject callFn = NoneObject.None;
        ReadOnlySpan<PyObject> callArgs = default;
        int callKw = 0;
        PyObject? callSelf = null;
        FunctionObject pyFn = null!;
        bool callInit = false;

        // budget: backward jumps and Python calls left before this method returns to Run to be called again (see
        // Reenter; also where tier-1 code takes over).

        // The value pushed by the shared pushResult sequence.
        PyObject? pushValue = null;

        // Number of exception blocks still to unwind for an UNWIND_JUMP (bit 7: drop a for-iterator too).
        int unum = 0;

        if (inject != null)
        {
            if (bc[ip] == Opcodes.YieldFrom)
            {
                // generator.throw() while delegating: YIELD_FROM passes it to the sub-iterator.
                frame.Injected = inject;
            }
            else
            {
                // generator.throw(): raise at the resume point.
                exc = MakeRaiseObj(inject);
                goto handleException;
            }
        }

    dispatch:
        while (true)
        {
            frame.Ip = ip;
            byte op = bc[ip++];
            switch (op)
            {
                // ---- qstr operand -------------------------------------------------------------------

                case Opcodes.LoadConstString:
                {
                    int arg = ReadUint(bc, ref ip);

                    state[++sp].Value = frame.Code.Qstrs[arg];
                    continue;
                }

                case Opcodes.LoadName:
                {
                    int arg = ReadUint(bc, ref ip);

                    var name = frame.Code.Qstrs[arg];
                    var locals = frame.Locals;
                    PyObject? v = null;
                    if (locals != null && !ReferenceEquals(locals, frame.Globals))
                    {
                        v = locals.GetOrNull(name);
                    }

                    v ??= LoadGlobalCached(frame.Globals, frame.Runtime.Builtins, name, SiteCaches.Global(frame.Code, frame.Ip));
                    if (v == null)
                    {
                        exc = Errors.NameNotDefined(name.Value).Value;
                        goto handleException;
                    }

                    state[++sp].Value = v;
                    continue;
                }

                case Opcodes.LoadGlobal:
                {
                    int arg = ReadUint(bc, ref ip);

                    var name = frame.Code.Qstrs[arg];
                    var v = LoadGlobalCached(frame.Globals, frame.Runtime.Builtins, name, SiteCaches.Global(frame.Code, frame.Ip));
                    if (v == null)
                    {
                        exc = Errors.NameNotDefined(name.Value).Value;
                        goto handleException;
                    }

                    state[++sp].Value = v;
                    continue;
                }

                case Opcodes.LoadAttr:
                {
                    int arg = ReadUint(bc, ref ip);

                    var attrSite = SiteCaches.Attr(frame.Code, frame.Ip);
                    var v = LoadAttrOrDeferGetter(state[sp].Value!, frame.Code.Qstrs[arg], attrSite);
                    if (v == null)
                    {
                        // A property with a Python getter: called as a Python function, obj → getter(obj).
                        callFn = DeferredGetter(state[sp].Value!, attrSite);
                        callArgs = StackSpan(state, sp, 1);
                        callKw = 0;
                        goto doCall;
                    }

                    state[sp].Value = v;
                    continue;
                }

                case Opcodes.LoadMethod:
                {
                    int arg = ReadUint(bc, ref ip);

                    LoadMethodCached(state[sp].Value!, frame.Code.Qstrs[arg], SiteCaches.Attr(frame.Code, frame.Ip), out var method, out var self);
                    state[sp].Value = method;
                    state[++sp].Value = self;
                    continue;
                }

                case Opcodes.LoadSuperMethod:
                {
                    int arg = ReadUint(bc, ref ip);

                    // super, cls, self → method, self (the loaded `super` itself is not used).
                    sp--;
                    LoadSuperMethod(frame.Code.Qstrs[arg], state[sp].Value!, state[sp + 1].Value!, out var method, out var self);
                    state[sp - 1].Value = method;
                    state[sp].Value = self;
                    continue;
                }

                case Opcodes.StoreName:
                {
                    int arg = ReadUint(bc, ref ip);

                    (frame.Locals ?? frame.Globals).SetItem(frame.Code.Qstrs[arg], state[sp--].Value!);
                    continue;
                }

                case Opcodes.StoreGlobal:
                {
                    int arg = ReadUint(bc, ref ip);

                    frame.Globals.SetItem(frame.Code.Qstrs[arg], state[sp--].Value!);
                    continue;
                }

                case Opcodes.StoreAttr:
                {
                    int arg = ReadUint(bc, ref ip);

                    // v, obj → ; a NULL value deletes the attribute.
                    StoreAttrCached(state[sp].Value!, frame.Code.Qstrs[arg], state[sp - 1].Value, SiteCaches.Attr(frame.Code, frame.Ip));
                    sp -= 2;
                    continue;
                }

                case Opcodes.DeleteName:
                case Opcodes.DeleteGlobal:
                {
                    // (op is not used after a call anywhere, so it need not survive calls in a register.)
                    bool isName = op == Opcodes.DeleteName;
                    int arg = ReadUint(bc, ref ip);

                    var name = frame.Code.Qstrs[arg];
                    var dict = isName ? frame.Locals ?? frame.Globals : frame.Globals;
                    if (dict.Remove(name) == null)
                    {
                        exc = Errors.KeyError(name).Value;
                        goto handleException;
                    }

                    continue;
                }

                case Opcodes.ImportName:
                {
                    int arg = ReadUint(bc, ref ip);

                    // level, fromlist → module
                    var fromlist = state[sp--].Value!;
                    state[sp].Value = ImportName(frame.Runtime, frame.Code.Qstrs[arg], frame.Globals, fromlist, state[sp].Value!);
                    continue;
                }

                case Opcodes.ImportFrom:
                {
                    int arg = ReadUint(bc, ref ip);

                    // module → module, attr
                    var value = ImportFrom(frame.Runtime, state[sp].Value!, frame.Code.Qstrs[arg]);
                    state[++sp].Value = value;
                    continue;
                }

                // ---- var-uint operand ---------------------------------------------------------------

                case Opcodes.MakeClosure:
                case Opcodes.MakeClosureDefargs:
                {
                    bool withDefaults = op == Opcodes.MakeClosureDefargs;
                    int arg = ReadUint(bc, ref ip);

                    int nClosed = bc[ip++];
                    var cells = new PyObject[nClosed];
                    StackSpan(state, sp - nClosed + 1, nClosed).CopyTo(cells);
                    sp -= nClosed;
                    if (!withDefaults)
                    {
                        state[++sp].Value = MakeFunction(frame.Code, arg, frame.Globals, null, null, cells);
                    }
                    else
                    {
                        var kwDefaults = state[sp--].Value;
                        state[sp].Value = MakeFunction(frame.Code, arg, frame.Globals, state[sp].Value, kwDefaults, cells);
                    }

                    continue;
                }

                case Opcodes.LoadConstSmallInt:
                {
                    long v = (bc[ip] & 0x40) != 0 ? -1 : 0;
                    int b;
                    do
                    {
                        b = bc[ip++];
                        v = (v << 7) | (long)(b & 0x7F);
                    }
                    while ((b & 0x80) != 0);

                    state[++sp].Value = IntObject.Get(v);
                    continue;
                }

                case Opcodes.LoadConstObj:
                {
                    int arg = ReadUint(bc, ref ip);

                    state[++sp].Value = frame.Code.Constants[arg];
                    continue;
                }

                case Opcodes.LoadFastN:
                {
                    int arg = ReadUint(bc, ref ip);

                    var v = state[(state.Length - 1) - arg].Value;
                    if (v == null)
                    {
                        exc = Errors.LocalUnbound().Value;
                        goto handleException;
                    }

                    state[++sp].Value = v;
                    continue;
                }

                case Opcodes.LoadDeref:
                {
                    int arg = ReadUint(bc, ref ip);

                    var v = ((CellObject)state[(state.Length - 1) - arg].Value!).Value;
                    if (v == null)
                    {
                        exc = Errors.LocalUnbound().Value;
                        goto handleException;
                    }

                    state[++sp].Value = v;
                    continue;
                }

                case Opcodes.StoreFastN:
                {
                    int arg = ReadUint(bc, ref ip);

                    state[(state.Length - 1) - arg].Value = state[sp--].Value;
                    continue;
                }

                case Opcodes.StoreDeref:
                {
                    int arg = ReadUint(bc, ref ip);

                    ((CellObject)state[(state.Length - 1) - arg].Value!).Value = state[sp--].Value;
                    continue;
                }

                case Opcodes.DeleteFast:
                {
                    int arg = ReadUint(bc, ref ip);

                    if (state[(state.Length - 1) - arg].Value == null)
                    {
                        exc = Errors.LocalUnbound().Value;
                        goto handleException;
                    }

                    state[(state.Length - 1) - arg].Value = null;
                    continue;
                }

                case Opcodes.DeleteDeref:
                {
                    int arg = ReadUint(bc, ref ip);

                    var cell = (CellObject)state[(state.Length - 1) - arg].Value!;
                    if (cell.Value == null)
                    {
                        exc = Errors.LocalUnbound().Value;
                        goto handleException;
                    }

                    cell.Value = null;
                    continue;
                }

                case Opcodes.BuildTuple:
                {
                    int arg = ReadUint(bc, ref ip);

                    if (arg == 0)
                    {
                        state[++sp].Value = TupleObject.Empty;
                        continue;
                    }

                    var items = new PyObject[arg];
                    sp -= arg - 1;
                    StackSpan(state, sp, arg).CopyTo(items);
                    state[sp].Value = new TupleObject(items);
                    continue;
                }

                case Opcodes.BuildList:
                {
                    int arg = ReadUint(bc, ref ip);

                    var items = new PyObject[arg < 4 ? 4 : arg];
                    sp -= arg - 1;
                    StackSpan(state, sp, arg).CopyTo(items);
                    state[sp].Value = new ListObject(items, arg);
                    continue;
                }

                case Opcodes.BuildMap:
                {
                    int arg = ReadUint(bc, ref ip);

                    state[++sp].Value = new DictObject(arg);
                    continue;
                }

                case Opcodes.BuildSet:
                {
                    int arg = ReadUint(bc, ref ip);

                    var set = new SetObject(false, arg);
                    sp -= arg - 1;
                    for (int i = 0; i < arg; i++)
                    {
                        set.Add(state[sp + i].Value!);
                    }

                    state[sp].Value = set;
                    continue;
                }

                case Opcodes.BuildSlice:
                {
                    int arg = ReadUint(bc, ref ip);

                    PyObject step = NoneObject.None;
                    if (arg == 3)
                    {
                        step = state[sp--].Value!;
                    }

                    var stop = state[sp--].Value!;
                    state[sp].Value = new SliceObject(state[sp].Value!, stop, step);
                    continue;
                }

                case Opcodes.StoreComp:
                {
                    int arg = ReadUint(bc, ref ip);

                    var collection = state[sp - (arg >> 2)].Value!;
                    switch (arg & 3)
                    {
                        case Opcodes.StoreCompList:
                            ((ListObject)collection).Append(state[sp--].Value!);
                            break;
                        case Opcodes.StoreCompDict:
                            ((DictObject)collection).SetItem(state[sp].Value!, state[sp - 1].Value!);
                            sp -= 2;
                            break;
                        default:
                            ((SetObject)collection).Add(state[sp--].Value!);
                            break;
                    }

                    continue;
                }

                case Opcodes.UnpackSequence:
                {
                    int arg = ReadUint(bc, ref ip);

                    UnpackSequence(state[sp].Value!, arg, state, sp);
                    sp += arg - 1;
                    continue;
                }

                case Opcodes.UnpackEx:
                {
                    int arg = ReadUint(bc, ref ip);

                    UnpackEx(state[sp].Value!, arg, state, sp);
                    sp += (arg & 0xFF) + ((arg >> 8) & 0xFF);
                    continue;
                }

                case Opcodes.MakeFunction:
                {
                    int arg = ReadUint(bc, ref ip);

                    state[++sp].Value = MakeFunction(frame.Code, arg, frame.Globals, null, null, null);
                    continue;
                }

                case Opcodes.MakeFunctionDefargs:
                {
                    int arg = ReadUint(bc, ref ip);

                    var kwDefaults = state[sp--].Value;
                    state[sp].Value = MakeFunction(frame.Code, arg, frame.Globals, state[sp].Value, kwDefaults, null);
                    continue;
                }

                case Opcodes.CallFunction:
                {
                    int arg = ReadUint(bc, ref ip);

                    // fn, positionals, (name, value) pairs → result (in fn's slot)
                    callKw = (arg >> 8) & 0xFF;
                    int n = (arg & 0xFF) + (2 * callKw);
                    sp -= n;
                    callFn = state[sp].Value!;
                    callArgs = StackSpan(state, sp + 1, n);
                    goto doCall;
                }

                case Opcodes.CallMethod:
                {
                    int arg = ReadUint(bc, ref ip);

                    // method, self or NULL, positionals, pairs → result; self (when present) is already the
                    // first argument in the stack, so the span starts there.
                    callKw = (arg >> 8) & 0xFF;
                    int n = (arg & 0xFF) + (2 * callKw);
                    sp -= n + 1;
                    callFn = state[sp].Value!;
                    callArgs = state[sp + 1].Value == null ? StackSpan(state, sp + 2, n) : StackSpan(state, sp + 1, n + 1);
                    goto doCall;
                }

                case Opcodes.CallFunctionVarKw:
                case Opcodes.CallMethodVarKw:
                {
                    bool isMethod = op == Opcodes.CallMethodVarKw;
                    int arg = ReadUint(bc, ref ip);

                    int nPos = arg & 0xFF;
                    int nKw = (arg >> 8) & 0xFF;
                    sp -= nPos + (2 * nKw) + 1 + (isMethod ? 1 : 0);
                    callFn = state[sp].Value!;
                    int first = sp + 1;
                    PyObject? self = null;
                    if (isMethod)
                    {
                        self = state[first++].Value;
                    }

                    var flat = BuildVarKwArgs(state, first, nPos, nKw, state[first + nPos + (2 * nKw)].Value!, self, out int length, out callKw);
                    callArgs = new ReadOnlySpan<PyObject>(flat, 0, length);
                    goto doCall;
                }

                // ---- jumps --------------------------------------------------------------------------

                case Opcodes.UnwindJump:
                {
                    int off = ReadSignedJump(bc, ref ip);

                    // Push the destination, then unwind the blocks, running pending finally handlers as
                    // coroutines that come back here through END_FINALLY (bytecode.md §5.4).
                    state[++sp].Value = IntObject.Get(ip + off);
                    unum = bc[ip++];
                    goto unwindJump;
                }

                case Opcodes.Jump:
                {
                    int off = ReadSignedJump(bc, ref ip);

                    ip += off;
                    if (off < 0 && (--budget <= 0 || frame.Runtime.InterruptPending))
                    {
                        goto backwardJumpCheck;
                    }

                    continue;
                }

                case Opcodes.PopJumpIfTrue:
                {
                    int off = ReadSignedJump(bc, ref ip);

                    var v = state[sp--].Value!;
                    if (ReferenceEquals(v, BoolObject.True) || (!ReferenceEquals(v, BoolObject.False) && Ops.IsTrue(v)))
                    {
                        ip += off;
                        if (off < 0 && (--budget <= 0 || frame.Runtime.InterruptPending))
                        {
                            goto backwardJumpCheck;
                        }
                    }

                    continue;
                }

                case Opcodes.PopJumpIfFalse:
                {
                    int off = ReadSignedJump(bc, ref ip);

                    var v = state[sp--].Value!;
                    if (ReferenceEquals(v, BoolObject.False) || (!ReferenceEquals(v, BoolObject.True) && !Ops.IsTrue(v)))
                    {
                        ip += off;
                        if (off < 0 && (--budget <= 0 || frame.Runtime.InterruptPending))
                        {
                            goto backwardJumpCheck;
                        }
                    }

                    continue;
                }

                case Opcodes.JumpIfTrueOrPop:
                case Opcodes.JumpIfFalseOrPop:
                {
                    bool jumpIfTrue = op == Opcodes.JumpIfTrueOrPop;
                    int off = ReadUnsignedJump(bc, ref ip);

                    if (Ops.IsTrue(state[sp].Value!) == jumpIfTrue)
                    {
                        ip += off;
                    }
                    else
                    {
                        sp--;
                    }

                    continue;
                }

                case Opcodes.SetupWith:
                {
                    int off = ReadUnsignedJump(bc, ref ip);

                    // ctx → exit, self-or-NULL, value; the finally-type block covers the with body.
                    var ctx = state[sp].Value!;
                    Ops.LoadMethod(ctx, s_exit, out var exitFn, out var exitSelf);
                    state[sp].Value = exitFn;
                    state[sp + 1].Value = exitSelf;
                    Ops.LoadMethod(ctx, s_enter, out var enterFn, out var enterSelf);
                    var entered = enterSelf != null ? Ops.CallFunction(enterFn, enterSelf) : Ops.CallFunction(enterFn);
                    sp++;
                    ref var block = ref frame.ExcStack[++frame.ExcSp];
                    block.Handler = ip + off;
                    block.SavedSp = sp;
                    block.IsFinally = true;
                    block.PrevExc = null;
                    state[++sp].Value = entered;
                    continue;
                }

                case Opcodes.SetupExcept:
                case Opcodes.SetupFinally:
                {
                    int off = ReadUnsignedJump(bc, ref ip);

                    ref var block = ref frame.ExcStack[++frame.ExcSp];
                    block.Handler = ip + off;
                    block.SavedSp = sp;
                    block.IsFinally = op == Opcodes.SetupFinally;
                    block.PrevExc = null;
                    continue;
                }

                case Opcodes.PopExceptJump:
                {
                    int off = ReadUnsignedJump(bc, ref ip);

                    frame.ExcSp--;
                    frame.Runtime.CurrentException = null;
                    ip += off;
                    continue;
                }

                case Opcodes.ForIter:
                {
                    int off = ReadUnsignedJump(bc, ref ip);

                    // The iterator lives in the second of the four iterator slots.
                    var it = state[sp - 2].Value!;
                    PyObject? next;
                    if (it is RangeIterator ri)
                    {
                        next = ri.Next();
                    }
                    else if (it is ListIterator li)
                    {
                        next = li.Next();
                    }
                    else if (it is TupleIterator ti)
                    {
                        next = ti.Next();
                    }
                    else if (it is GeneratorObject gen)
                    {
                        var generatorFrame = EnterGenerator(frame, gen, NoneObject.None, ip, sp);
                        if (generatorFrame != null)
                        {
                            // Resumed in this loop (Interpreter.Generators.cs).
                            frame = generatorFrame;
                            bc = frame.Code.Bytecode;
                            state = frame.State;
                            ip = frame.Ip;
                            sp = frame.Sp;
                            continue;
                        }

                        var status = gen.Resume(NoneObject.None, null, out var value);
                        if (status == ExecStatus.Exception)
                        {
                            exc = value;
                            goto handleException;
                        }

                        next = status == ExecStatus.Yield ? value : null;
                    }
                    else
                    {
                        next = NextAllowingStopIteration(it);
                    }

                    if (next == null)
                    {
                        sp -= Opcodes.IteratorSlots;
                        ip += off;
                        continue;
                    }

                    pushValue = next;
                    goto pushResult;
                }

                // ---- no operand ---------------------------------------------------------------------

                case Opcodes.LoadConstFalse:
                    state[++sp].Value = BoolObject.False;
                    continue;

                case Opcodes.LoadConstNone:
                    state[++sp].Value = NoneObject.None;
                    continue;

                case Opcodes.LoadConstTrue:
                    state[++sp].Value = BoolObject.True;
                    continue;

                case Opcodes.LoadNull:
                    state[++sp].Value = null;
                    continue;

                case Opcodes.LoadBuildClass:
                    state[++sp].Value = BuildClass.Function;
                    continue;

                case Opcodes.LoadSubscr:
                {
                    var index = state[sp--].Value!;
                    var obj = state[sp].Value!;
                    if (index.GetType() == typeof(IntObject))
                    {
                        long k = Unsafe.As<IntObject>(index).Value;
                        if (obj is ListObject list)
                        {
                            int n = list.Count;
                            if (k < 0)
                            {
                                k += n;
                            }

                            if ((ulong)k < (ulong)n)
                            {
                                state[sp].Value = list.RawItems[k];
                                continue;
                            }

                            // Raised without a .NET throw: `try: x = a[i] except IndexError:` is a common idiom.
                            exc = Errors.IndexOutOfRange("list").Value;
                            goto handleException;
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
                                state[sp].Value = items[k];
                                continue;
                            }

                            exc = Errors.IndexOutOfRange("tuple").Value;
                            goto handleException;
                        }
                    }

                    if (obj is DictObject dict && ReferenceEquals(dict.Type, DictObject.PyType))
                    {
                        var value = dict.GetOrNull(index);
                        if (value == null)
                        {
                            exc = Errors.KeyError(index).Value;
                            goto handleException;
                        }

                        state[sp].Value = value;
                        continue;
                    }

                    state[sp].Value = obj.GetItem(index);
                    continue;
                }

                case Opcodes.StoreSubscr:
                {
                    // value, obj, index → ; a NULL value deletes (del obj[index]).
                    var index = state[sp].Value!;
                    var obj = state[sp - 1].Value!;
                    var value = state[sp - 2].Value;
                    sp -= 3;
                    if (value == null)
                    {
                        obj.DelItem(index);
                        continue;
                    }

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
                            list.StoreAt((int)k, value);
                            continue;
                        }
                    }

                    obj.SetItem(index, value);
                    continue;
                }

                case Opcodes.DupTop:
                    state[sp + 1].Value = state[sp].Value;
                    sp++;
                    continue;

                case Opcodes.DupTopTwo:
                    state[sp + 1].Value = state[sp - 1].Value;
                    state[sp + 2].Value = state[sp].Value;
                    sp += 2;
                    continue;

                case Opcodes.PopTop:
                    sp--;
                    continue;

                case Opcodes.RotTwo:
                {
                    var top = state[sp].Value;
                    state[sp].Value = state[sp - 1].Value;
                    state[sp - 1].Value = top;
                    continue;
                }

                case Opcodes.RotThree:
                {
                    var top = state[sp].Value;
                    state[sp].Value = state[sp - 1].Value;
                    state[sp - 1].Value = state[sp - 2].Value;
                    state[sp - 2].Value = top;
                    continue;
                }

                case Opcodes.WithCleanup:
                {
                    // exit, self, X: X = None (normal end), a small int (return/break passing through, with
                    // its datum below), or an exception (bytecode.md §5.5).
                    var x = state[sp].Value!;
                    if (ReferenceEquals(x, NoneObject.None))
                    {
                        CallExit(state[sp - 2].Value!, state[sp - 1].Value, NoneObject.None, NoneObject.None);
                        sp -= 2;
                        state[sp].Value = NoneObject.None;
                    }
                    else if (x.GetType() == typeof(IntObject))
                    {
                        var data = state[sp - 1].Value;
                        CallExit(state[sp - 3].Value!, state[sp - 2].Value, NoneObject.None, NoneObject.None);
                        state[sp - 3].Value = data;
                        state[sp - 2].Value = x;
                        sp -= 2;
                    }
                    else
                    {
                        var result = CallExit(state[sp - 2].Value!, state[sp - 1].Value, x.Type, x);
                        sp -= 2;
                        state[sp].Value = Ops.IsTrue(result) ? NoneObject.None : x;
                    }

                    continue;
                }

                case Opcodes.EndFinally:
                {
                    frame.ExcSp--;
                    frame.Runtime.CurrentException = null;
                    var tos = state[sp].Value!;
                    if (ReferenceEquals(tos, NoneObject.None))
                    {
                        sp--;
                        continue;
                    }

                    if (tos.GetType() == typeof(IntObject))
                    {
                        // Resume an interrupted return (−1) or UNWIND_JUMP (blocks left to unwind).
                        sp--;
                        long cause = Unsafe.As<IntObject>(tos).Value;
                        if (cause < 0)
                        {
                            goto unwindReturn;
                        }

                        unum = (int)cause;
                        goto unwindJump;
                    }

                    // An exception: re-raise it (no new traceback entry).
                    exc = tos;
                    goto handleException;
                }

                case Opcodes.GetIter:
                    state[sp].Value = Ops.GetIter(state[sp].Value!);
                    continue;

                case Opcodes.GetIterStack:
                {
                    // obj → NULL, iterator, NULL, NULL (the for-loop's four iterator slots)
                    var it = Ops.GetIter(state[sp].Value!);
                    state[sp].Value = null;
                    state[++sp].Value = it;
                    state[++sp].Value = null;
                    state[++sp].Value = null;
                    continue;
                }

                case Opcodes.StoreMap:
                {
                    // map, value, key → map
                    ((DictObject)state[sp - 2].Value!).SetItem(state[sp].Value!, state[sp - 1].Value!);
                    sp -= 2;
                    continue;
                }

                case Opcodes.ReturnValue:
                unwindReturn:
                {
                    // Run the finally handlers that are still ahead (bytecode.md §5.4); the END_FINALLY at
                    // the end of each comes back here with the small int −1 on top.
                    int e = frame.ExcSp;
                    while (e >= 0)
                    {
                        ref var block = ref frame.ExcStack[e];
                        if (block.IsFinally && block.Handler >= ip)
                        {
                            // Move the return value just above the block's stack level (dropping any
                            // for-loop iterators in between), push the −1 marker and run the handler.
                            int finallySp = block.SavedSp + 1;
                            state[finallySp].Value = state[sp].Value;
                            sp = finallySp;
                            state[++sp].Value = IntObject.MinusOne;
                            ip = block.Handler;
                            frame.ExcSp = e;
                            goto nextInstruction;
                        }

                        e--;
                        frame.Runtime.CurrentException = null;
                    }

                    frame.ExcSp = -1;
                    var result = state[sp].Value;
                    if (frame.Back == null)
                    {
                        if (frame.Resumer != null)
                        {
                            pushValue = result;
                            goto returnToResumer;
                        }

                        frame.Ip = ip;
                        frame.Sp = sp;
                        frame.Result = result;
                        return ExecStatus.Return;
                    }

                    // Back to the calling frame: the result replaces the called function on its stack.
                    var initSelf = frame.InitSelf;
                    frame = PopFrame(frame.Runtime, frame);
                    bc = frame.Code.Bytecode;
                    state = frame.State;
                    ip = frame.ReturnIp;
                    sp = frame.Sp;
                    if (initSelf != null)
                    {
                        // A class instantiated by the loop: the call's value is the instance.
                        if (!ReferenceEquals(result, NoneObject.None))
                        {
                            exc = TypeObject.InitReturnedValue(result!).Value;
                            goto handleException;
                        }

                        result = initSelf;
                    }

                    state[sp].Value = result;
                    continue;
                }

                case Opcodes.RaiseLast:
                {
                    // Bare `raise`: the innermost exception being handled in this frame.
                    PyObject? last = null;
                    for (int e = frame.ExcSp; e >= 0; e--)
                    {
                        if (frame.ExcStack[e].PrevExc != null)
                        {
                            last = frame.ExcStack[e].PrevExc;
                            break;
                        }
                    }

                    exc = last ?? Errors.RuntimeError("no active exception to reraise").Value;
                    goto handleException;
                }

                case Opcodes.RaiseObj:
                    exc = MakeRaiseObj(state[sp].Value!);
                    goto handleException;

                case Opcodes.RaiseFrom:
                {
                    var cause = state[sp--].Value!;
                    if (!ReferenceEquals(cause, NoneObject.None))
                    {
                        frame.Runtime.Stderr.Write("Warning: exception chaining not supported\n");
                    }

                    exc = MakeRaiseObj(state[sp].Value!);
                    goto handleException;
                }

                case Opcodes.YieldValue:
                    frame.Ip = ip;
                    frame.Sp = sp;
                    if (frame.Resumer != null)
                    {
                        pushValue = state[sp].Value;
                        goto yieldToResumer;
                    }

                    frame.Result = state[sp].Value;
                    return ExecStatus.Yield;

                case Opcodes.YieldFrom:
                {
                    // it, send → result; while the sub-iterator yields, this generator yields the same value
                    // and re-executes YIELD_FROM on resume (bytecode.md §6).
                    var send = state[sp--].Value!;
                    var it = state[sp].Value!;
                    PyObject? thrown = frame.Injected;
                    frame.Injected = null;
                    PyObject value;
                    ExecStatus status;
                    if (it is GeneratorObject gen)
                    {
                        var generatorFrame = thrown == null ? EnterGenerator(frame, gen, send, ip, sp) : null;
                        if (generatorFrame != null)
                        {
                            // Delegate in this loop (Interpreter.Generators.cs).
                            frame = generatorFrame;
                            bc = frame.Code.Bytecode;
                            state = frame.State;
                            ip = frame.Ip;
                            sp = frame.Sp;
                            continue;
                        }

                        status = thrown != null ? gen.Resume(NoneObject.None, thrown, out value) : gen.Resume(send, null, out value);
                    }
                    else
                    {
                        status = ResumeIterator(it, thrown != null ? null : send, thrown, out value);
                    }

                    if (status == ExecStatus.Yield)
                    {
                        state[++sp].Value = value;
                        // frame.Ip already points at this YIELD_FROM: it re-executes on resume.
                        frame.Sp = sp;
                        if (frame.Resumer != null)
                        {
                            pushValue = value;
                            goto yieldToResumer;
                        }

                        frame.Result = value;
                        return ExecStatus.Yield;
                    }

                    if (thrown != null && Ops.ExceptionMatches(thrown, ExceptionTypes.GeneratorExit))
                    {
                        // GeneratorExit thrown in: re-raise it even if the sub-iterator swallowed it.
                        exc = MakeRaiseObj(thrown);
                        goto handleException;
                    }

                    if (status == ExecStatus.Exception)
                    {
                        exc = value;
                        goto handleException;
                    }

                    state[sp].Value = value;
                    continue;
                }

                case Opcodes.ImportStar:
                    ImportStar(state[sp--].Value!, frame.Locals ?? frame.Globals);
                    continue;

                // ---- multi opcodes: the argument is inside the opcode -------------------------------

                case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: case 0x76: case 0x77:
                case 0x78: case 0x79: case 0x7A: case 0x7B: case 0x7C: case 0x7D: case 0x7E: case 0x7F:
                case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87:
                case 0x88: case 0x89: case 0x8A: case 0x8B: case 0x8C: case 0x8D: case 0x8E: case 0x8F:
                case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
                case 0x98: case 0x99: case 0x9A: case 0x9B: case 0x9C: case 0x9D: case 0x9E: case 0x9F:
                case 0xA0: case 0xA1: case 0xA2: case 0xA3: case 0xA4: case 0xA5: case 0xA6: case 0xA7:
                case 0xA8: case 0xA9: case 0xAA: case 0xAB: case 0xAC: case 0xAD: case 0xAE: case 0xAF:
                    state[++sp].Value = IntObject.Get(op - Opcodes.LoadConstSmallIntMultiExcess);
                    continue;

                case 0xB0: case 0xB1: case 0xB2: case 0xB3: case 0xB4: case 0xB5: case 0xB6: case 0xB7:
                case 0xB8: case 0xB9: case 0xBA: case 0xBB: case 0xBC: case 0xBD: case 0xBE: case 0xBF:
                {
                    var v = state[(state.Length - 1) - (op - Opcodes.LoadFastMulti)].Value;
                    if (v == null)
                    {
                        exc = Errors.LocalUnbound().Value;
                        goto handleException;
                    }

                    state[++sp].Value = v;
                    continue;
                }

                case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC4: case 0xC5: case 0xC6: case 0xC7:
                case 0xC8: case 0xC9: case 0xCA: case 0xCB: case 0xCC: case 0xCD: case 0xCE: case 0xCF:
                    state[(state.Length - 1) - (op - Opcodes.StoreFastMulti)].Value = state[sp--].Value;
                    continue;

                case 0xD3: // not
                {
                    var v = state[sp].Value!;
                    state[sp].Value = ReferenceEquals(v, BoolObject.False) || (!ReferenceEquals(v, BoolObject.True) && !Ops.IsTrue(v))
                        ? BoolObject.True
                        : BoolObject.False;
                    continue;
                }

                case 0xD1: // -x
                {
                    var v = state[sp].Value!;
                    if (v.GetType() == typeof(FloatObject))
                    {
                        state[sp].Value = FloatObject.Make(-Unsafe.As<FloatObject>(v).Value, frame.Runtime);
                        continue;
                    }

                    state[sp].Value = Ops.UnaryOp(UnaryOp.Negative, v);
                    continue;
                }

                case 0xD0: // +x
                case 0xD2: // ~x
                    state[sp].Value = Ops.UnaryOp((UnaryOp)(op - Opcodes.UnaryOpMulti), state[sp].Value!);
                    continue;

                case 0xD7: // <
                case 0xD8: // >
                case 0xD9: // ==
                case 0xDA: // <=
                case 0xDB: // >=
                case 0xDC: // !=
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    bool r;
                    if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
                    {
                        long a = Unsafe.As<IntObject>(lhs).Value;
                        long b = Unsafe.As<IntObject>(rhs).Value;
                        r = op switch
                        {
                            0xD7 => a < b,
                            0xD8 => a > b,
                            0xD9 => a == b,
                            0xDA => a <= b,
                            0xDB => a >= b,
                            _ => a != b,
                        };
                    }
                    else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
                    {
                        double a = Unsafe.As<FloatObject>(lhs).Value;
                        double b = Unsafe.As<FloatObject>(rhs).Value;
                        r = op switch
                        {
                            0xD7 => a < b,
                            0xD8 => a > b,
                            0xD9 => a == b,
                            0xDA => a <= b,
                            0xDB => a >= b,
                            _ => a != b,
                        };
                    }
                    else
                    {
                        goto binaryOp;
                    }

                    // Fused with a following POP_JUMP_IF_*: branch on the result without pushing it.
                    byte next = bc[ip];
                    if (next == Opcodes.PopJumpIfFalse || next == Opcodes.PopJumpIfTrue)
                    {
                        sp -= 2;
                        int jumpIp = ip++;
                        int off = ReadSignedJump(bc, ref ip);

                        if (r == (next == Opcodes.PopJumpIfTrue))
                        {
                            ip += off;
                            if (off < 0 && (--budget <= 0 || frame.Runtime.InterruptPending))
                            {
                                if (!frame.Runtime.InterruptPending)
                                {
                                    goto reenter;
                                }

                                frame.Ip = jumpIp;
                                exc = TakeInterrupt(frame.Runtime);
                                if (exc != null)
                                {
                                    goto handleException;
                                }
                            }
                        }

                        continue;
                    }

                    state[--sp].Value = r ? BoolObject.True : BoolObject.False;
                    continue;
                }

                case 0xDE: // is
                {
                    var rhs = state[sp--].Value!;
                    state[sp].Value = Ops.Is(state[sp].Value!, rhs) ? BoolObject.True : BoolObject.False;
                    continue;
                }

                case 0xE5: // +=
                case 0xF2: // +
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
                    {
                        long a = Unsafe.As<IntObject>(lhs).Value;
                        long b = Unsafe.As<IntObject>(rhs).Value;
                        long r = a + b;
                        if (((a ^ r) & (b ^ r)) >= 0)
                        {
                            sp -= 2;
                            pushValue = IntObject.Get(r);
                            goto pushResult;
                        }
                    }
                    else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
                    {
                        sp -= 2;
                        pushValue = FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value + Unsafe.As<FloatObject>(rhs).Value, frame.Runtime);
                        goto pushResult;
                    }

                    goto binaryOp;
                }

                case 0xE6: // -=
                case 0xF3: // -
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
                    {
                        long a = Unsafe.As<IntObject>(lhs).Value;
                        long b = Unsafe.As<IntObject>(rhs).Value;
                        long r = a - b;
                        if (((a ^ b) & (a ^ r)) >= 0)
                        {
                            sp -= 2;
                            pushValue = IntObject.Get(r);
                            goto pushResult;
                        }
                    }
                    else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
                    {
                        sp -= 2;
                        pushValue = FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value - Unsafe.As<FloatObject>(rhs).Value, frame.Runtime);
                        goto pushResult;
                    }

                    goto binaryOp;
                }

                case 0xE7: // *=
                case 0xF4: // *
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
                    {
                        long a = Unsafe.As<IntObject>(lhs).Value;
                        long b = Unsafe.As<IntObject>(rhs).Value;
                        long hi = Math.BigMul(a, b, out long lo);
                        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                        {
                            sp -= 2;
                            pushValue = IntObject.Get(lo);
                            goto pushResult;
                        }
                    }
                    else if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject))
                    {
                        sp -= 2;
                        pushValue = FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value * Unsafe.As<FloatObject>(rhs).Value, frame.Runtime);
                        goto pushResult;
                    }

                    goto binaryOp;
                }

                case 0xEA: // /=
                case 0xF7: // /
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    if (lhs.GetType() == typeof(FloatObject) && rhs.GetType() == typeof(FloatObject) && Unsafe.As<FloatObject>(rhs).Value != 0)
                    {
                        sp -= 2;
                        pushValue = FloatObject.Make(Unsafe.As<FloatObject>(lhs).Value / Unsafe.As<FloatObject>(rhs).Value, frame.Runtime);
                        goto pushResult;
                    }

                    goto binaryOp;
                }

                case 0xD4: case 0xD5: case 0xD6:
                    goto default;

                case 0xDD: case 0xDF: case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE4:
                case 0xE8: case 0xE9: case 0xEB: case 0xEC: case 0xED: case 0xEE: case 0xEF:
                case 0xF0: case 0xF1: case 0xF5: case 0xF6: case 0xF8: case 0xF9:
                binaryOp:
                {
                    var rhs = state[sp].Value!;
                    var lhs = state[sp - 1].Value!;
                    if (lhs.GetType() == typeof(IntObject) && rhs.GetType() == typeof(IntObject))
                    {
                        // Exact small ints (& | ^ << >> // % ** …): straight to the machine-word arithmetic.
                        var fast = Ops.IntFastPath((BinaryOp)(op - Opcodes.BinaryOpMulti), Unsafe.As<IntObject>(lhs).Value, Unsafe.As<IntObject>(rhs).Value);
                        if (fast != null)
                        {
                            sp -= 2;
                            pushValue = fast;
                            goto pushResult;
                        }
                    }

                    // Mixed float/int arithmetic (`2 * x`, `x / n`, `1.0 / k`) and int / int.
                    var floatResult = Ops.FloatFastPath((BinaryOp)(op - Opcodes.BinaryOpMulti), lhs, rhs, frame.Runtime);
                    if (floatResult != null)
                    {
                        sp -= 2;
                        pushValue = floatResult;
                        goto pushResult;
                    }

                    pushValue = Ops.BinaryOp((BinaryOp)(op - Opcodes.BinaryOpMulti), lhs, rhs);
                    sp -= 2;
                    goto pushResult;
                }

                default:
                    exc = Errors.NotImplemented("opcode").Value;
                    goto handleException;
            }

            // ---- shared sequences reached by goto ---------------------------------------------------

        pushResult:
            {
                // Push pushValue; when the next instruction is STORE_FAST_MULTI, store it straight into the local
                // instead (one stack store and one dispatch less for `x = a + b`, `for x in …`).
                int storeSlot = bc[ip] - Opcodes.StoreFastMulti;
                if ((uint)storeSlot < 16)
                {
                    ip++;
                    state[state.Length - 1 - storeSlot].Value = pushValue;
                    continue;
                }

                state[++sp].Value = pushValue;
                continue;
            }

        doCall:
            {
                // callFn(callArgs, callKw) → state[sp]
                if (callFn is FunctionObject f)
                {
                    pyFn = f;
                    callSelf = null;
                    goto pyCall;
                }

                if (callFn is BoundMethodObject bound && bound.Function is FunctionObject bf)
                {
                    pyFn = bf;
                    callSelf = bound.Self;
                    goto pyCall;
                }

                if (callFn is TypeObject cls && cls.TryGetLoopInstantiation(out var init))
                {
                    // A plain class: the instance is made here, and a Python __init__ is pushed like any call
                    // (no nested Run per object); its return checks for None and leaves the instance instead
                    // (see Frame.InitSelf).
                    var instance = new InstanceObject(cls);
                    if (init == null)
                    {
                        state[sp].Value = instance;
                        continue;
                    }

                    pyFn = init;
                    callSelf = instance;
                    callInit = true;
                    goto pyCall;
                }

                if (callKw == 0 && (uint)(callArgs.Length - 1) <= 1 && callArgs[0] is GeneratorObject generator)
                {
                    // generator.send(v), sum/max/min/any/all(generator): resumed in this loop (Interpreter.Generators.cs).
                    var generatorFrame = EnterGeneratorForCall(frame, callFn, generator, callArgs, ip, sp);
                    if (generatorFrame != null)
                    {
                        callArgs = default;
                        frame = generatorFrame;
                        bc = frame.Code.Bytecode;
                        state = frame.State;
                        ip = frame.Ip;
                        sp = frame.Sp;
                        continue;
                    }
                }

                state[sp].Value = callFn.Call(callArgs, callKw);
                continue;
            }

        pyCall:
            {
                // Python → Python: bind into the callee's frame (a recycled one when possible) and switch to it.
                var calleeCode = pyFn.Code;
                var callee = RentBoundFrame(pyFn, callSelf, callArgs, callKw);

                if (callInit)
                {
                    callee.InitSelf = callSelf;
                    callInit = false;
                }

                callSelf = null;
                callArgs = default;
                if (calleeCode.IsGenerator)
                {
                    state[sp].Value = new GeneratorObject(pyFn, callee);
                    continue;
                }

                if (frame.Runtime.CallDepth >= frame.Runtime.MaxRecursionDepth)
                {
                    exc = Errors.RecursionDepth().Value;
                    goto handleException;
                }

                if (frame.Runtime.InterruptPending)
                {
                    exc = TakeInterrupt(frame.Runtime);
                    if (exc != null)
                    {
                        goto handleException;
                    }
                }

                // Suspend this frame at the call and continue in the callee.
                frame.Runtime.CallDepth++;
                frame.Sp = sp;
                frame.ReturnIp = ip;
                callee.Back = frame;
                frame = callee;
                frame.Runtime.CurrentFrame = frame;
                bc = frame.Code.Bytecode;
                state = frame.State;
                ip = frame.Ip;
                sp = -1;
                if (--budget <= 0 || calleeCode.Tier1 != null)
                {
                    // (A compiled callee runs from Run.)
                    goto reenter;
                }

                continue;
            }

        unwindJump:
            {
                // Stack: ..., destination; unum = blocks left to unwind (bit 7: drop the for-iterator).
                while ((unum & 0x7F) > 0)
                {
                    unum--;
                    int e = frame.ExcSp;
                    if (frame.ExcStack[e].IsFinally && frame.ExcStack[e].Handler >= ip)
                    {
                        // Run this finally handler first; its END_FINALLY resumes the unwinding.
                        state[++sp].Value = IntObject.Get(unum);
                        ip = frame.ExcStack[e].Handler;
                        goto nextInstruction;
                    }

                    // An except block, or a finally whose handler is already running (break/continue
                    // inside it): pop it and drop what its handler left on the stack (the exception or
                    // the None/unwind marker), keeping the destination on top.
                    var destination = state[sp].Value;
                    sp = frame.ExcStack[e].SavedSp;
                    state[++sp].Value = destination;
                    frame.ExcSp = e - 1;
                    frame.Runtime.CurrentException = null;
                }

                ip = (int)((IntObject)state[sp--].Value!).Value;
                if (unum != 0)
                {
                    sp -= Opcodes.IteratorSlots;
                }

                if (frame.Runtime.InterruptPending)
                {
                    exc = TakeInterrupt(frame.Runtime);
                    if (exc != null)
                    {
                        goto handleException;
                    }
                }

                continue;
            }

        backwardJumpCheck:
            // A backward jump spent the tier-up budget or found Ctrl-C pending (the jump itself is already taken).
            if (!frame.Runtime.InterruptPending)
            {
                goto reenter;
            }

            exc = TakeInterrupt(frame.Runtime);
            if (exc != null)
            {
                goto handleException;
            }

            continue;

        yieldToResumer:
            {
                // An inline-resumed generator yielded pushValue (its Ip and Sp saved): back to its resumer.
                frame = LeaveGeneratorYielding(frame);
                bc = frame.Code.Bytecode;
                state = frame.State;
                sp = frame.Sp;
                if (bc[frame.Ip] == Opcodes.ForIter)
                {
                    ip = frame.ReturnIp;
                    goto pushResult;
                }

                var consumer = frame.Consumer;
                if (consumer != null)
                {
                    // A built-in's generator argument: feed the item, then resume the generator or end the call.
                    var resumed = FeedConsumer(frame, consumer, pushValue!);
                    if (resumed != null)
                    {
                        frame = resumed;
                        bc = frame.Code.Bytecode;
                        state = frame.State;
                        ip = frame.Ip;
                        sp = frame.Sp;
                        continue;
                    }

                    if (consumer.Error != null)
                    {
                        exc = consumer.Error;
                        goto handleException;
                    }

                    state[sp].Value = consumer.Result;
                    ip = frame.ReturnIp;
                    continue;
                }

                if (bc[frame.Ip] != Opcodes.YieldFrom)
                {
                    // generator.send() (a call): the yielded value is the call's result.
                    state[sp].Value = pushValue;
                    ip = frame.ReturnIp;
                    continue;
                }

                // YIELD_FROM: the delegating generator yields the same value and re-executes YIELD_FROM on resume.
                state[++sp].Value = pushValue;
                frame.Sp = sp;
                if (frame.Resumer != null)
                {
                    goto yieldToResumer;
                }

                frame.Result = pushValue;
                return ExecStatus.Yield;
            }

        returnToResumer:
            {
                // An inline-resumed generator returned pushValue: it is finished.
                frame = LeaveGeneratorReturning(frame, pushValue!);
                bc = frame.Code.Bytecode;
                state = frame.State;
                sp = frame.Sp;
                if (bc[frame.Ip] == Opcodes.ForIter)
                {
                    // The loop is over: drop the iterator slots and leave it.
                    sp -= Opcodes.IteratorSlots;
                    ip = ForIterExit(bc, frame.Ip);
                    continue;
                }

                var consumer = frame.Consumer;
                if (consumer != null)
                {
                    // A built-in's generator argument is exhausted: the built-in's result.
                    FinishConsumer(frame, consumer);
                    if (consumer.Error != null)
                    {
                        exc = consumer.Error;
                        goto handleException;
                    }

                    state[sp].Value = consumer.Result;
                    ip = frame.ReturnIp;
                    continue;
                }

                if (bc[frame.Ip] != Opcodes.YieldFrom)
                {
                    // generator.send() (a call) that finished the generator: StopIteration with the return value.
                    exc = Errors.StopIteration(ReferenceEquals(pushValue, NoneObject.None) ? null : pushValue).Value;
                    goto handleException;
                }

                // YIELD_FROM: the return value is the value of the expression.
                state[sp].Value = pushValue;
                ip = frame.ReturnIp;
                continue;
            }

        nextInstruction:
            continue;
        }

    reenter:
        // The budget of backward jumps and calls is spent: save the position and let Run call this method again.
        frame.Ip = ip;
        frame.Sp = sp;
        return Reenter;

    handleException:
        while (!EnterHandler(frame, exc!))
        {
            if (frame.Back == null)
            {
                if (frame.Resumer == null)
                {
                    return ExecStatus.Exception;
                }

                // A generator this loop resumed: the exception goes on at its resumer's instruction.
                var resumer = frame.Resumer;
                exc = LeaveGeneratorRaising(frame, exc!);
                frame = resumer;
                continue;
            }

            // Unhandled in a pushed frame: the exception arrives at the caller's call instruction.
            frame = PopFrame(frame.Runtime, frame);
        }

        if (frame.Code.Tier1 != null)
        {
            // Compiled code runs the handler (Run enters it there; EnterHandler saved the position).
            return Reenter;
        }

        bc = frame.Code.Bytecode;
        state = frame.State;
        ip = frame.Ip;
        sp = frame.Sp;
        goto dispatch;
    }
}
