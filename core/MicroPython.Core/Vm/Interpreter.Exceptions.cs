using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// Raising: turning a raise operand into an exception instance, traceback entries, internal faults, interrupts.
public static partial class Interpreter
{
    /// <summary>
    /// The GeneratorExit instance <c>close()</c> throws into a generator. As MicroPython's constant
    /// <c>mp_const_GeneratorExit_obj</c>, it never gets traceback entries.
    /// </summary>
    internal static readonly ExceptionObject GeneratorExitInstance = CreateRom(() => new ExceptionObject(ExceptionTypes.GeneratorExit, TupleObject.Empty));

    // A static object is ROM on a board: created without charging whichever heap is current when the class
    // happens to be initialised (possibly while that heap is full).
    private static T CreateRom<T>(System.Func<T> create)
    {
        var heap = Memory.HeapAccountant.Detach();
        try
        {
            return create();
        }
        finally
        {
            Memory.HeapAccountant.Attach(heap);
        }
    }

    private static readonly PyObject s_generatorExit = GeneratorExitInstance;

    /// <summary>
    /// <c>raise o</c> (MicroPython's <c>mp_make_raise_obj</c>): an exception class is instantiated without
    /// arguments; anything that is not an exception gives <c>TypeError: exceptions must derive from BaseException</c>.
    /// </summary>
    public static PyObject MakeRaiseObj(PyObject o)
    {
        if (o is TypeObject t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            o = Ops.CallFunction(t);
        }

        if (o.Type.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            return o;
        }

        return Errors.TypeError("exceptions must derive from BaseException").Value;
    }

    /// <summary>True when <paramref name="exc"/> is an instance of <c>StopIteration</c> or a subclass.</summary>
    internal static bool IsStopIteration(PyObject exc) => exc.Type.IsSubtypeOf(ExceptionTypes.StopIteration);

    /// <summary>The value a StopIteration carries (its first argument, or None).</summary>
    internal static PyObject StopIterationValue(PyObject exc) =>
        exc.NativeSelf is ExceptionObject e ? e.Value : NoneObject.None;

    /// <summary>Appends the traceback line for the opcode at <paramref name="ip"/> of <paramref name="code"/>.</summary>
    private static void AddTraceback(PyObject exc, CodeObject code, int ip)
    {
        if (exc.NativeSelf is ExceptionObject native)
        {
            native.AddTraceback(code.SourceFile, code.LineForIp(ip), code.Name.Value);
        }
    }

    /// <summary>
    /// A .NET exception that escaped native code: never crash the process, report it as a Python exception
    /// (a .NET stack exhaustion is a recursion error, an out-of-memory a MemoryError, anything else a bug
    /// reported as <c>RuntimeError</c> with the .NET message).
    /// </summary>
    internal static PyObject InternalFault(Exception e)
    {
        return e switch
        {
            InsufficientExecutionStackException => Errors.RecursionDepth().Value,
            OutOfMemoryException => Errors.MemoryError("memory allocation failed").Value,
            _ => Errors.RuntimeError($"internal error: {e.GetType().Name}: {e.Message}").Value,
        };
    }

    /// <summary>
    /// Handles the pending events (MicroPython's mp_handle_pending): runs the functions queued by
    /// <c>micropython.schedule</c>, then returns the exception to raise (a Ctrl-C's <c>KeyboardInterrupt</c>, or
    /// what a scheduled function raised), or null to carry on.
    /// </summary>
    internal static PyObject? TakeInterrupt(PyRuntime runtime)
    {
        runtime.InterruptPending = false;
        if (runtime.KeyboardInterruptPending || runtime.Scheduled.Count == 0)
        {
            runtime.KeyboardInterruptPending = false;
            return new ExceptionObject(ExceptionTypes.KeyboardInterrupt, TupleObject.Empty);
        }

        return runtime.RunScheduled();
    }

    /// <summary>Next item of a non-fast-path iterator; a StopIteration raised by user code ends the loop too.</summary>
    private static PyObject? NextAllowingStopIteration(PyObject iterator)
    {
        try
        {
            return iterator.Next();
        }
        catch (PyException e) when (IsStopIteration(e.Value))
        {
            return null;
        }
    }

    /// <summary>Decodes a multi-byte vuint starting at <paramref name="position"/>: returns (end position &lt;&lt; 32) | value.</summary>
    private static long ReadUintSlow(byte[] bc, int position)
    {
        uint value = 0;
        int b;
        do
        {
            b = bc[position++];
            value = (value << 7) | (uint)(b & 0x7F);
        }
        while ((b & 0x80) != 0);

        return ((long)position << 32) | value;
    }
}
