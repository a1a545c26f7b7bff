using System;
using System.Runtime.CompilerServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>One entry of a frame's exception stack (bytecode.md §5.1), pushed by SETUP_EXCEPT/SETUP_FINALLY/SETUP_WITH.</summary>
public struct ExceptionBlock
{
    /// <summary>Absolute code index of the handler (the SETUP opcode's target).</summary>
    public int Handler;

    /// <summary>Value-stack pointer (index of TOS, −1 = empty) when the block was set up.</summary>
    public int SavedSp;

    /// <summary>True for SETUP_FINALLY/SETUP_WITH blocks, false for SETUP_EXCEPT.</summary>
    public bool IsFinally;

    /// <summary>The exception being handled by this block once its handler was entered (bare <c>raise</c> re-raises it).</summary>
    public PyObject? PrevExc;
}

/// <summary>
/// One entry of a frame's state array: a value-stack slot or a local slot. A struct wrapper rather than a bare
/// <c>PyObject?[]</c> so that stores need no array-covariance type check (a helper call per push otherwise).
/// <see cref="Value"/> null is MicroPython's NULL (unbound local, stack marker).
/// </summary>
public struct StateSlot
{
    public PyObject? Value;
}

/// <summary>
/// The execution state of one code object, as MicroPython's <c>mp_code_state_t</c>: one state array holding the
/// value stack (growing up from index 0) and the local slots (slot <c>i</c> at <c>State[StateSlots - 1 - i]</c>), the
/// instruction pointer, the stack pointer and the exception-block stack. Everything is in plain fields and arrays so
/// a frame can be suspended (generators) and resumed, and compiled code could keep it up to date.
/// </summary>
public sealed class Frame
{
    private static readonly ExceptionBlock[] s_noBlocks = Array.Empty<ExceptionBlock>();

    /// <summary>Finished frames a code object keeps for reuse at most: enough for the recursion depths real
    /// programs reach; beyond it a released frame is left to the collector.</summary>
    private const int MaxSpareFrames = 64;

    /// <summary>
    /// A frame for a call of <paramref name="code"/>: one of the code's spare frames if it has one (finished frames
    /// kept for reuse, so neither a call-return-call sequence nor recursion allocates), else a new one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Frame Rent(CodeObject code, DictObject globals)
    {
        var spare = code.SpareFrame;
        if (spare != null)
        {
            // Written so that the common, non-recursive case stores only a constant null (no write barrier).
            var next = spare.NextSpare;
            if (next == null)
            {
                code.SpareFrame = null;
            }
            else
            {
                code.SpareFrame = next;
                code.SpareFrames--;
                spare.NextSpare = null;
            }

            if (!ReferenceEquals(spare.Globals, globals))
            {
                spare.Globals = globals;
            }

            return spare;
        }

        return new Frame(code, globals);
    }

    /// <summary>
    /// Gives a finished frame back to its code for reuse. Only for frames nothing else refers to any more (a
    /// finished call, never a generator's frame); clears the state so no object is kept alive by it.
    /// </summary>
    public void Release()
    {
        var state = State;
        for (int i = 0; i < state.Length; i++)
        {
            state[i].Value = null;
        }

        if (ExcStack.Length != 0)
        {
            Array.Clear(ExcStack);
        }

        Locals = null;
        Result = null;
        InitSelf = null;
        Injected = null;
        Back = null;
        Ip = Code.CodeStart;
        Sp = -1;
        ExcSp = -1;
        var code = Code;
        var spare = code.SpareFrame;
        if (spare == null)
        {
            code.SpareFrame = this;
        }
        else if (code.SpareFrames < MaxSpareFrames)
        {
            // Recursion: a list of spares (SpareFrames counts the ones behind the first).
            NextSpare = spare;
            code.SpareFrame = this;
            code.SpareFrames++;
        }
    }

    public Frame(CodeObject code, DictObject globals)
    {
        Code = code;
        Runtime = code.Runtime;
        Globals = globals;
        State = new StateSlot[code.StateSlots];
        ExcStack = code.NExcStack == 0 ? s_noBlocks : new ExceptionBlock[code.NExcStack];
        Ip = code.CodeStart;
        Sp = -1;
        ExcSp = -1;
    }

    public readonly CodeObject Code;

    /// <summary>The runtime the code belongs to (the code's, cached here for the interpreter loop).</summary>
    public readonly PyRuntime Runtime;

    public DictObject Globals;

    /// <summary>The dict LOAD_NAME/STORE_NAME use (module and class bodies); null for function frames.</summary>
    public DictObject? Locals;

    /// <summary>Value stack from index 0 upwards, local slots from the top down. Null = NULL (unbound, marker).</summary>
    public readonly StateSlot[] State;

    public readonly ExceptionBlock[] ExcStack;

    /// <summary>Absolute index into <see cref="CodeObject.Bytecode"/> of the next instruction to execute.</summary>
    public int Ip;

    /// <summary>Index of the top of the value stack; −1 when the stack is empty.</summary>
    public int Sp;

    /// <summary>Index of the innermost exception block; −1 when there is none.</summary>
    public int ExcSp;

    /// <summary>An exception thrown into a generator resumed inside YIELD_FROM, for the sub-iterator.</summary>
    public PyObject? Injected;

    /// <summary>Where execution continues when the Python call this frame is making returns.</summary>
    public int ReturnIp;

    /// <summary>The calling frame while this frame runs as a call pushed by the interpreter loop; null otherwise.</summary>
    public Frame? Back;

    /// <summary>
    /// For the frame a <see cref="Interpreter.Run"/> started with: the frame that was innermost when native code
    /// called into Python (null at the outermost level). With <see cref="Back"/> it links every live frame for
    /// the collector.
    /// </summary>
    public Frame? RunCaller;

    /// <summary>
    /// While this generator frame runs resumed by the loop itself (FOR_ITER or YIELD_FROM over a generator, with no
    /// native <see cref="Interpreter.Run"/> in between): the frame whose FOR_ITER/YIELD_FROM resumed it, where its
    /// yield, return or escaping exception goes. Null otherwise. <see cref="Back"/> stays null for generator frames.
    /// </summary>
    public Frame? Resumer;

    /// <summary>
    /// While this frame is suspended at a call of <c>sum</c>/<c>max</c>/<c>min</c>/<c>any</c>/<c>all</c> whose
    /// generator argument the loop resumes itself: the built-in's per-item work (null otherwise).
    /// </summary>
    internal GeneratorConsumer? Consumer;

    /// <summary>The generator this frame belongs to (null for a call's frame).</summary>
    public GeneratorObject? Generator;

    /// <summary>After a run: the returned value, the yielded value, or the exception that escaped.</summary>
    public PyObject? Result;

    /// <summary>
    /// For an <c>__init__</c> call the loop pushed to instantiate a class: the new instance, which its return
    /// replaces the returned value with (after checking that value is None); null for every other frame.
    /// </summary>
    public PyObject? InitSelf;

    /// <summary>The next of the code's spare frames while this one is spare (see <see cref="Rent"/>).</summary>
    internal Frame? NextSpare;
}
