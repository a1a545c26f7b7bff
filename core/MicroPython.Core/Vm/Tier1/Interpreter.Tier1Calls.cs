using System;
using System.Runtime.CompilerServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

public static partial class Interpreter
{
    // Calls made by tier-1 code: the loop's call sequence (doCall/pyCall), except that a Python callee runs in a
    // nested Run on the .NET stack (compiled code has no loop to switch frames in). The result replaces the
    // called object on the stack; false reports a Python exception in the caller's Frame.Result.
    internal static partial class Tier1Ops
    {
        /// <summary>CALL_FUNCTION: fn at <paramref name="fnSlot"/>, then its positionals and keyword pairs.</summary>
        internal static bool CallFunction(Frame frame, StateSlot[] state, int fnSlot, int arg)
        {
            int kw = (arg >> 8) & 0xFF;
            int n = (arg & 0xFF) + (2 * kw);
            return Call(frame, state, fnSlot, state[fnSlot].Value!, StackSpan(state, fnSlot + 1, n), kw);
        }

        /// <summary>CALL_METHOD: method, self or NULL, positionals, pairs.</summary>
        internal static bool CallMethod(Frame frame, StateSlot[] state, int fnSlot, int arg)
        {
            int kw = (arg >> 8) & 0xFF;
            int n = (arg & 0xFF) + (2 * kw);
            var args = state[fnSlot + 1].Value == null ? StackSpan(state, fnSlot + 2, n) : StackSpan(state, fnSlot + 1, n + 1);
            return Call(frame, state, fnSlot, state[fnSlot].Value!, args, kw);
        }

        /// <summary>CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW.</summary>
        internal static bool CallVarKw(Frame frame, StateSlot[] state, int fnSlot, int arg, bool isMethod)
        {
            int nPos = arg & 0xFF;
            int nKw = (arg >> 8) & 0xFF;
            int first = fnSlot + 1;
            PyObject? self = null;
            if (isMethod)
            {
                self = state[first++].Value;
            }

            var flat = BuildVarKwArgs(state, first, nPos, nKw, state[first + nPos + (2 * nKw)].Value!, self, out int length, out int callKw);
            return Call(frame, state, fnSlot, state[fnSlot].Value!, new ReadOnlySpan<PyObject>(flat, 0, length), callKw);
        }

        private static bool Call(Frame frame, StateSlot[] state, int fnSlot, PyObject fn, ReadOnlySpan<PyObject> args, int kw)
        {
            FunctionObject pyFn;
            PyObject? self;
            if (fn is FunctionObject f)
            {
                pyFn = f;
                self = null;
            }
            else if (fn is BoundMethodObject bound && bound.Function is FunctionObject bf)
            {
                pyFn = bf;
                self = bound.Self;
            }
            else
            {
                state[fnSlot].Value = fn.Call(args, kw);
                return true;
            }

            var result = CallPython(frame, pyFn, self, args, kw);
            if (result == null)
            {
                return false;
            }

            state[fnSlot].Value = result;
            return true;
        }

        /// <summary>A Python function called from compiled code: bound as the loop binds, run compiled when it is.</summary>
        private static PyObject? CallPython(Frame frame, FunctionObject pyFn, PyObject? self, ReadOnlySpan<PyObject> args, int kw)
        {
            var calleeCode = pyFn.Code;
            var callee = RentBoundFrame(pyFn, self, args, kw);

            if (calleeCode.IsGenerator)
            {
                return new GeneratorObject(pyFn, callee);
            }

            // The loop's checks before a call, plus the .NET stack: this call recurses on it.
            var runtime = frame.Runtime;
            if (runtime.CallDepth >= runtime.MaxRecursionDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                frame.Result = Errors.RecursionDepth().Value;
                return null;
            }

            if (runtime.InterruptPending)
            {
                var pending = TakeInterrupt(runtime);
                if (pending != null)
                {
                    frame.Result = pending;
                    return null;
                }
            }

            runtime.CallDepth++;
            var compiled = calleeCode.Tier1;
            var status = compiled != null ? RunCompiled(frame, callee, compiled) : Run(callee, null);
            runtime.CallDepth--;
            var result = callee.Result!;
            callee.Release();
            if (status == ExecStatus.Return)
            {
                return result;
            }

            frame.Result = result;
            return null;
        }

        /// <summary>
        /// A compiled callee entered directly (what <see cref="Run"/> would do first, without its set-up); when
        /// it deopts or raises, the rest of the run is <see cref="Run"/>'s.
        /// </summary>
        private static ExecStatus RunCompiled(Frame caller, Frame callee, Tier1.Tier1Code compiled)
        {
            var runtime = callee.Runtime;
            runtime.CurrentFrame = callee;
            callee.RunCaller = caller;
            int outcome;
            try
            {
                compiled.Entries++;
                outcome = compiled.Body(callee, 0);
            }
            catch (PyException e)
            {
                callee.Result = e.Value;
                outcome = Tier1.Tier1Status.Exception;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                callee.Result = InternalFault(e);
                outcome = Tier1.Tier1Status.Exception;
            }

            runtime.CurrentFrame = caller;
            callee.RunCaller = null;
            if (outcome == Tier1.Tier1Status.Return)
            {
                return ExecStatus.Return;
            }

            if (outcome == Tier1.Tier1Status.Exception)
            {
                if (!EnterHandler(callee, callee.Result!))
                {
                    return ExecStatus.Exception;
                }
            }
            else
            {
                Tier1.Tier1Runner.Deopted(callee.Code, compiled);
            }

            return Run(callee, null);
        }
    }
}
