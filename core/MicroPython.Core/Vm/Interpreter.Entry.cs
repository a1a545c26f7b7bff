using System;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// How a frame is run: the driver around the dispatch loop (re-entry, tier 1, exceptions thrown by native code)
// and the unwinding of an exception into a handler.
public static partial class Interpreter
{
    /// <summary>
    /// Executes <paramref name="frame"/> from its saved instruction pointer until it returns, yields, or an exception
    /// escapes it (the outcome and <see cref="Frame.Result"/> say which). <paramref name="inject"/> (generators
    /// only) is raised at the resume point, or passed to the sub-iterator when resuming inside YIELD_FROM.
    /// Never throws.
    /// </summary>
    /// <remarks>
    /// Exceptions thrown by native code are caught here, around the dispatch loop, and handled as a raise at the
    /// instruction that was executing (the loop keeps <see cref="Frame.Ip"/> pointing at it); the loop then
    /// resumes at the handler. Raises decided by the VM itself (RAISE_*, a callee that returned
    /// <see cref="ExecStatus.Exception"/>, name errors…) never throw: the loop finds the handler directly. The
    /// loop (<see cref="Execute"/>) has no exception handling of its own so its hot locals stay in registers.
    /// </remarks>
    public static ExecStatus Run(Frame frame, PyObject? inject)
    {
        var runtime = frame.Code.Runtime;

        // runtime.CurrentFrame is the innermost running frame: for globals()/dir()/eval() called from native code,
        // and for finding the frame that was executing when native code threw.
        var callerFrame = runtime.CurrentFrame;
        runtime.CurrentFrame = frame;
        frame.RunCaller = callerFrame;
        var current = frame;
        ExecStatus status;

        // Tier 1 (Vm/Tier1/): a frame starting, or resuming at a loop head after a re-entry, runs its code's
        // compiled form when it has one; a deopt or an exception handler continues here in the loop, which comes
        // back soon (budget 1) so the compiled code takes over again at the next backward jump or call.
        var tier1 = runtime.Tier1;
        bool tryTier1 = inject == null && frame.Code.Tier1Heat >= 0 && tier1 != Tier1.Tier1Mode.Off;
        int heat = Tier1.Tier1Runner.CallHeat;
        int fullBudget = tier1 == Tier1.Tier1Mode.Eager ? 1 : ReentryBudget;
        int budget = fullBudget;
        while (true)
        {
            PyObject exc;
            try
            {
                if (tryTier1)
                {
                    tryTier1 = false;
                    var compiled = Tier1.Tier1Runner.For(current.Code, runtime, heat);
                    int entry = compiled == null ? -1 : compiled.EntryOf(current.Ip);
                    if (entry >= 0)
                    {
                        compiled!.Entries++;
                        int outcome = compiled.Body(current, entry);
                        budget = 1;
                        if (outcome == Tier1.Tier1Status.Return)
                        {
                            if (current == frame)
                            {
                                status = ExecStatus.Return;
                                break;
                            }

                            // A frame the loop pushed: back to its caller, as RETURN_VALUE does (an __init__
                            // the loop called for an instantiation gives the instance, or raises at the call).
                            var result = current.Result;
                            var initSelf = current.InitSelf;
                            current = PopFrame(runtime, current);
                            if (initSelf != null)
                            {
                                if (!ReferenceEquals(result, NoneObject.None))
                                {
                                    exc = TypeObject.InitReturnedValue(result!).Value;
                                    goto raise;
                                }

                                result = initSelf;
                            }

                            current.Ip = current.ReturnIp;
                            current.State[current.Sp].Value = result;
                        }
                        else if (outcome == Tier1.Tier1Status.Exception)
                        {
                            exc = current.Result!;
                            goto raise;
                        }
                        else
                        {
                            Tier1.Tier1Runner.Deopted(current.Code, compiled);
                        }
                    }
                }

                status = Execute(current, inject, budget);
                if (status == Reenter)
                {
                    inject = null;
                    current = runtime.CurrentFrame!;
                    tryTier1 = current.Code.Tier1Heat >= 0 && tier1 != Tier1.Tier1Mode.Off;
                    heat = Tier1.Tier1Runner.ReenterHeat;
                    budget = fullBudget;
                    continue;
                }

                break;
            }
            catch (PyException e)
            {
                exc = e.Value;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                exc = InternalFault(e);
            }

        raise:
            inject = null;
            current = runtime.CurrentFrame!;
            budget = 1;
            while (!EnterHandler(current, exc))
            {
                if (current.Back == null)
                {
                    if (current.Resumer != null)
                    {
                        // A generator the loop resumed itself: the exception goes on in its resumer.
                        var resumer = current.Resumer;
                        exc = LeaveGeneratorRaising(current, exc);
                        current = resumer;
                        continue;
                    }

                    status = ExecStatus.Exception;
                    goto done;
                }

                // Not handled in a frame the loop pushed: it returns the exception to its caller.
                current = PopFrame(runtime, current);
            }

            // The handler is a jump target: compiled code can run it.
            tryTier1 = current.Code.Tier1Heat >= 0 && tier1 != Tier1.Tier1Mode.Off;
            heat = 0;
        }

    done:
        frame.RunCaller = null;
        runtime.CurrentFrame = callerFrame;
        return status;
    }

    /// <summary>
    /// What <see cref="Execute"/> returns, with the innermost frame's position saved, after
    /// <see cref="ReentryBudget"/> backward jumps and Python calls: <see cref="Run"/> calls it again right away.
    /// Why: a program spends its whole life in one call of the loop (Python calls do not recurse), and .NET only
    /// replaces a method's code on a later call. Precompiled (ReadyToRun) code has no on-stack replacement, so
    /// without these returns the loop would never get the JIT's optimised, profile-guided code (10-20% slower).
    /// </summary>
    private const ExecStatus Reenter = (ExecStatus)3;

    private const int ReentryBudget = 4096;

    /// <summary>Leaves a frame pushed by a Python-to-Python call: back to its caller; the frame is recycled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame PopFrame(PyRuntime runtime, Frame frame)
    {
        runtime.CallDepth--;
        var caller = frame.Back!;
        frame.Release();
        runtime.CurrentFrame = caller;
        return caller;
    }

    /// <summary>
    /// bytecode.md §5.2 for an exception raised at <see cref="Frame.Ip"/>: records the traceback line (not for
    /// re-raises), drops the blocks whose handler is already running and enters the innermost remaining handler
    /// with the exception pushed (true), or leaves the exception in <see cref="Frame.Result"/> (false).
    /// </summary>
    internal static bool EnterHandler(Frame frame, PyObject exc)
    {
        var code = frame.Code;
        int opIp = frame.Ip;
        byte faultOp = code.Bytecode[opIp];
        if (faultOp != Opcodes.EndFinally && faultOp != Opcodes.RaiseLast && !ReferenceEquals(exc, s_generatorExit))
        {
            AddTraceback(exc, code, opIp);
        }

        var excStack = frame.ExcStack;
        int e = frame.ExcSp;
        if (e >= 0)
        {
            while (e >= 0 && excStack[e].Handler <= opIp)
            {
                e--;
            }

            var runtime = code.Runtime;
            runtime.CurrentException = null;
            if (e >= 0)
            {
                ref var block = ref excStack[e];
                frame.ExcSp = e;
                block.PrevExc = exc;
                runtime.CurrentException = exc;
                frame.Ip = block.Handler;
                frame.Sp = block.SavedSp + 1;
                frame.State[frame.Sp].Value = exc;
                return true;
            }

            frame.ExcSp = -1;
        }

        frame.Result = exc;
        return false;
    }
}
