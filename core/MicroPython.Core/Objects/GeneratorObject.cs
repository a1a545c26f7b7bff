using System;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Runtime;
using MicroPython.Vm;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// A generator (or coroutine: <c>async def</c> makes generators too, as in MicroPython's objgenerator.c): a
/// suspended <see cref="Frame"/> resumed by <c>next()</c>, <c>send</c>, <c>throw</c> and <c>close</c>.
/// <see cref="Resume"/> reports how the generator stopped without throwing, so the VM's FOR_ITER and YIELD_FROM
/// drive generators without .NET exceptions; <see cref="Next"/> returns null at the end and keeps the return value
/// in <see cref="ReturnValue"/> for <c>next()</c>/<c>yield from</c>.
/// </summary>
public sealed class GeneratorObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("generator", null, InitType);

    private readonly FunctionObject _function;
    private Frame? _frame;

    // MicroPython's pend_exc: None normally, null while the generator runs, an exception queued by pend_throw().
    private PyObject? _pendingThrow = NoneObject.None;

    public GeneratorObject(FunctionObject function, Frame frame)
        : base(PyType)
    {
        _function = function;
        _frame = frame;
        frame.Generator = this;
        HeapAccountant.ChargeWords(GeneratorWords(frame.Code));
    }

    // MicroPython's generator instance: base, pending exception and a code state (function, ip, sp, sizes,
    // globals) followed by the state array and the exception stack (3 words per entry).
    private static long GeneratorWords(CodeObject code) => 7 + code.NState + (3L * code.NExcStack);

    public override long HeapBlocks(HeapAccountant heap) => heap.WordBlocks(GeneratorWords(_function.Code));

    public override void TraceReferences(HeapTracer tracer)
    {
        tracer.Mark(_function);
        tracer.Mark(_pendingThrow);
        if (_frame != null)
        {
            Interpreter.TraceFrame(_frame, tracer);
        }
    }

    /// <summary>The value of the <c>return</c> that finished the generator (None until then, or for a bare return).</summary>
    public PyObject ReturnValue { get; private set; } = NoneObject.None;

    /// <summary>True once the generator returned or raised.</summary>
    public bool IsFinished => _frame == null;

    /// <summary>The generator's frame while it is not finished (null afterwards).</summary>
    public Frame? Frame => _frame;

    /// <summary>
    /// Resumes the generator (MicroPython's <c>mp_obj_gen_resume</c>) with <paramref name="send"/> as the value of
    /// the paused <c>yield</c>, or raising <paramref name="throwValue"/> there. Returns
    /// <see cref="ExecStatus.Yield"/> with the yielded value, <see cref="ExecStatus.Return"/> with the return value
    /// (also when already finished: None), or <see cref="ExecStatus.Exception"/> with the exception that escaped
    /// (a <c>StopIteration</c> raised inside becomes <c>RuntimeError: generator raised StopIteration</c>).
    /// Usage errors (re-entry, non-None first send, recursion) are thrown as <see cref="PyException"/>.
    /// </summary>
    public ExecStatus Resume(PyObject send, PyObject? throwValue, out PyObject result)
    {
        var frame = _frame;
        if (frame == null)
        {
            // Resuming a finished generator is an immediate StopIteration without a value.
            ReturnValue = NoneObject.None;
            result = NoneObject.None;
            return ExecStatus.Return;
        }

        if (_pendingThrow == null)
        {
            throw Errors.ValueError("generator already executing");
        }

        if (!ReferenceEquals(_pendingThrow, NoneObject.None))
        {
            throwValue = _pendingThrow;
        }

        if (frame.Sp < 0)
        {
            if (!ReferenceEquals(send, NoneObject.None))
            {
                throw Errors.TypeError("can't send non-None value to a just-started generator");
            }
        }
        else
        {
            // The yielded value's slot receives the sent value (the result of the yield expression).
            frame.State[frame.Sp].Value = send;
        }

        var runtime = frame.Code.Runtime;
        if (++runtime.CallDepth > runtime.MaxRecursionDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            runtime.CallDepth--;
            throw Errors.RecursionDepth();
        }

        ExecStatus status;
        _pendingThrow = null;
        try
        {
            status = Interpreter.Run(frame, throwValue);
        }
        finally
        {
            _pendingThrow = NoneObject.None;
            runtime.CallDepth--;
        }

        result = frame.Result!;
        switch (status)
        {
            case ExecStatus.Return:
                _frame = null;
                ReturnValue = result;
                break;

            case ExecStatus.Exception:
                _frame = null;
                if (result.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
                {
                    result = Errors.RuntimeError("generator raised StopIteration").Value;
                }

                break;
        }

        return status;
    }

    /// <summary>
    /// Starts a resume that the interpreter loop carries out itself (FOR_ITER and YIELD_FROM over a generator):
    /// the checks and bookkeeping of <see cref="Resume"/> without running the frame. Returns the frame to switch to,
    /// or null when the general <see cref="Resume"/> must be used (finished, already running, an exception queued
    /// by <c>pend_throw</c>, a non-None first send, the recursion limit reached: Resume reports each of those).
    /// Every successful call is ended by exactly one of <see cref="SuspendInline"/>, <see cref="FinishInline"/>
    /// or <see cref="FailInline"/>.
    /// </summary>
    internal Frame? BeginInlineResume(PyObject send)
    {
        var frame = _frame;
        if (frame == null || !ReferenceEquals(_pendingThrow, NoneObject.None))
        {
            return null;
        }

        var runtime = frame.Runtime;
        if (runtime.CallDepth >= runtime.MaxRecursionDepth)
        {
            return null;
        }

        if (frame.Sp >= 0)
        {
            frame.State[frame.Sp].Value = send;
        }
        else if (!ReferenceEquals(send, NoneObject.None))
        {
            return null;
        }

        _pendingThrow = null;
        runtime.CallDepth++;
        return frame;
    }

    /// <summary>An inline resume ended at a yield: the generator is suspended again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SuspendInline()
    {
        _pendingThrow = NoneObject.None;
        _frame!.Runtime.CallDepth--;
    }

    /// <summary>An inline resume ended at a return: the generator is finished with <paramref name="value"/>.</summary>
    internal void FinishInline(PyObject value)
    {
        _frame!.Runtime.CallDepth--;
        _frame = null;
        _pendingThrow = NoneObject.None;
        ReturnValue = value;
    }

    /// <summary>
    /// An inline resume ended with <paramref name="exception"/> escaping: the generator is finished, and the
    /// exception its resumer sees is returned (a StopIteration raised inside becomes a RuntimeError, as in
    /// <see cref="Resume"/>).
    /// </summary>
    internal PyObject FailInline(PyObject exception)
    {
        _frame!.Runtime.CallDepth--;
        _frame = null;
        _pendingThrow = NoneObject.None;
        return exception.Type.IsSubtypeOf(ExceptionTypes.StopIteration)
            ? Errors.RuntimeError("generator raised StopIteration").Value
            : exception;
    }

    public override PyObject GetIter() => this;

    /// <summary>The next yielded value, or null when the generator returns (the value is in <see cref="ReturnValue"/>).</summary>
    public override PyObject? Next()
    {
        var status = Resume(NoneObject.None, null, out var value);
        return status switch
        {
            ExecStatus.Yield => value,
            ExecStatus.Return => null,
            _ => throw new PyException(value),
        };
    }

    /// <summary><c>gen.send(value)</c>: the next yielded value; <c>StopIteration(return value)</c> at the end.</summary>
    public PyObject Send(PyObject value) => ResumeOrRaise(value, null);

    /// <summary><c>gen.throw(exc)</c>: raises <paramref name="exception"/> (a class or an instance) at the paused yield.</summary>
    public PyObject Throw(PyObject exception) => ResumeOrRaise(NoneObject.None, exception);

    /// <summary><c>gen.close()</c>: raises GeneratorExit inside; fine if it ends the generator.</summary>
    public PyObject Close()
    {
        var status = Resume(NoneObject.None, Interpreter.GeneratorExitInstance, out var value);
        switch (status)
        {
            case ExecStatus.Yield:
                throw Errors.RuntimeError("generator ignored GeneratorExit");
            case ExecStatus.Exception:
                if (value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
                {
                    return NoneObject.None;
                }

                throw new PyException(value);
            default:
                return NoneObject.None;
        }
    }

    /// <summary><c>gen.pend_throw(exc)</c>: queues an exception for the next resume; returns the previously queued value.</summary>
    public PyObject PendThrow(PyObject exception)
    {
        if (_pendingThrow == null)
        {
            throw Errors.ValueError("generator already executing");
        }

        var previous = _pendingThrow;
        _pendingThrow = exception;
        return previous;
    }

    private PyObject ResumeOrRaise(PyObject send, PyObject? throwValue)
    {
        var status = Resume(send, throwValue, out var value);
        switch (status)
        {
            case ExecStatus.Yield:
                return value;
            case ExecStatus.Return:
                throw Errors.StopIteration(ReferenceEquals(value, NoneObject.None) ? null : value);
            default:
                throw new PyException(value);
        }
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("<generator object '").Append(_function.Code.Name.Value).Append("' at ").Append(Ops.Id(this).ToString("x")).Append('>');
    }

    /// <summary><c>generator.send</c> as the type holds it: CALL_METHOD recognises it to resume in the loop.</summary>
    internal static BuiltinFunction? SendMethod { get; private set; }

    private static void InitType(TypeObject type)
    {
        SendMethod = new BuiltinFunction("send", (self, value) => AsGenerator(self).Send(value)).AsMethodOf(type);
        type.SetAttrDirect("send", SendMethod);

        // CPython's explicit protocol methods; next(g) is g.send(None), so the return value rides on StopIteration.
        type.SetAttrDirect("__next__", new BuiltinFunction("__next__", self => AsGenerator(self).Send(NoneObject.None)).AsMethodOf(type));
        type.SetAttrDirect("__iter__", new BuiltinFunction("__iter__", self => self).AsMethodOf(type));
        type.SetAttrDirect("throw", new BuiltinFunction("throw", 2, 4, args =>
        {
            // throw(type[, value[, traceback]]): a non-None value is what gets raised, else the first argument.
            var exception = args.Length > 2 && !ReferenceEquals(args[2], NoneObject.None) ? args[2] : args[1];
            return AsGenerator(args[0]).Throw(exception);
        }).AsMethodOf(type));
        type.SetAttrDirect("close", new BuiltinFunction("close", self => AsGenerator(self).Close()).AsMethodOf(type));
        type.SetAttrDirect("pend_throw", new BuiltinFunction("pend_throw", (self, exception) => AsGenerator(self).PendThrow(exception)).AsMethodOf(type));
    }

    private static GeneratorObject AsGenerator(PyObject self) => self as GeneratorObject ?? throw Errors.WrongSelfType(PyType, self);
}
