using System;
using System.Runtime.CompilerServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>How a run of a frame ended (MicroPython's <c>mp_vm_return_kind_t</c>).</summary>
public enum ExecStatus
{
    /// <summary>RETURN_VALUE: <see cref="Frame.Result"/> is the returned value.</summary>
    Return = 0,

    /// <summary>YIELD_VALUE/YIELD_FROM suspended the frame: <see cref="Frame.Result"/> is the yielded value.</summary>
    Yield = 1,

    /// <summary>An exception escaped the frame: <see cref="Frame.Result"/> is the exception instance.</summary>
    Exception = 2,
}

/// <summary>
/// The bytecode interpreter (MicroPython's vm.c): <see cref="Run"/> executes a frame until it returns, yields or
/// lets an exception escape. Python-to-Python calls recurse into <see cref="Run"/> and an escaping exception comes
/// back as <see cref="ExecStatus.Exception"/> (no .NET exception); only calls from native code go through
/// <see cref="CallFunction"/>, which throws <see cref="PyException"/>.
/// </summary>
public static partial class Interpreter
{
    /// <summary>
    /// Calls a Python function from native code: binds the arguments (<paramref name="self"/> first, if given),
    /// runs the body and returns its value; a generator function returns a new generator. Raises
    /// <see cref="PyException"/> when the function raises.
    /// </summary>
    public static PyObject CallFunction(FunctionObject fn, PyObject? self, ReadOnlySpan<PyObject> args, int nKw)
    {
        var code = fn.Code;
        if (code.IsGenerator)
        {
            var generatorFrame = new Frame(code, fn.Globals);
            ArgumentBinder.Bind(fn, generatorFrame.State, self, args, nKw);
            return new GeneratorObject(fn, generatorFrame);
        }

        var frame = Frame.Rent(code, fn.Globals);
        try
        {
            ArgumentBinder.Bind(fn, frame.State, self, args, nKw);
        }
        catch
        {
            frame.Release();
            throw;
        }

        var runtime = code.Runtime;
        EnterCall(runtime);
        ExecStatus status;
        try
        {
            status = Run(frame, null);
        }
        finally
        {
            runtime.CallDepth--;
        }

        var result = frame.Result!;
        frame.Release();
        if (status != ExecStatus.Return)
        {
            throw new PyException(result);
        }

        return result;
    }

    /// <summary>
    /// Runs a module or class body: <paramref name="locals"/> is the dict LOAD_NAME/STORE_NAME use (the globals for
    /// a module). Returns the body's return value; raises <see cref="PyException"/> if the body raises.
    /// </summary>
    public static PyObject RunBody(CodeObject code, DictObject globals, DictObject locals, FunctionObject? fn = null)
    {
        var frame = new Frame(code, globals) { Locals = locals };
        if (fn != null)
        {
            ArgumentBinder.Bind(fn, frame.State, null, ReadOnlySpan<PyObject>.Empty, 0);
        }
        else if (code.CellSlots.Length != 0)
        {
            var top = frame.State.Length - 1;
            foreach (var slot in code.CellSlots)
            {
                frame.State[top - slot].Value = new CellObject(frame.State[top - slot].Value);
            }
        }

        var runtime = code.Runtime;
        EnterCall(runtime);
        ExecStatus status;
        try
        {
            status = Run(frame, null);
        }
        finally
        {
            runtime.CallDepth--;
        }

        if (status != ExecStatus.Return)
        {
            throw new PyException(frame.Result!);
        }

        return frame.Result!;
    }

    /// <summary>Counts a Python-level call: raises <c>RuntimeError: maximum recursion depth exceeded</c> when the
    /// configured depth or the .NET stack runs out, and a pending <c>KeyboardInterrupt</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EnterCall(PyRuntime runtime)
    {
        if (++runtime.CallDepth > runtime.MaxRecursionDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            runtime.CallDepth--;
            throw Errors.RecursionDepth();
        }

        if (runtime.InterruptPending)
        {
            var pending = TakeInterrupt(runtime);
            if (pending != null)
            {
                runtime.CallDepth--;
                throw new PyException(pending);
            }
        }
    }
}
