using System;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// Generators resumed by the loop itself. FOR_ITER, YIELD_FROM, generator.send() and built-ins over a generator switch to the generator's frame
// in the same dispatch loop, like a call (its Resumer is the frame to come back to), instead of a native
// GeneratorObject.Resume → Run → Execute per value: no .NET call, no handler setup, no loop prologue per resume.
// Where the resumer continues is read from its own instruction at Ip (still the FOR_ITER or YIELD_FROM):
// - FOR_ITER: a yielded value is pushed (the loop body runs); a return leaves the loop.
// - YIELD_FROM: a yielded value is yielded on by the resumer (which re-executes YIELD_FROM when resumed); a return
//   value becomes the value of the expression.
// - a call of generator.send (any call instruction): a yielded value is the call's result; a return raises StopIteration(value).
// - a call of sum/max/min/any/all with one generator (the resumer's Consumer set): each yielded value goes to the
//   built-in's per-item work and the generator is resumed again; its end or an early decision gives the call's
//   result. Side effects and errors happen in the order the built-in's own Next() loop gives them.
// An escaping exception is raised at the resumer's instruction, as Resume's caller would have raised it.
public static partial class Interpreter
{
    /// <summary>
    /// Resumes <paramref name="generator"/> with <paramref name="send"/> for <paramref name="caller"/> (at FOR_ITER,
    /// YIELD_FROM or a call, <paramref name="returnIp"/> after the instruction, <paramref name="sp"/> its stack
    /// pointer): the generator's frame to continue in, or null when the general Resume must be used. Not inlined:
    /// the loop's prologue zeroes every reference temporary it has, on each entry.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? EnterGenerator(Frame caller, GeneratorObject generator, PyObject send, int returnIp, int sp)
    {
        var generatorFrame = generator.BeginInlineResume(send);
        if (generatorFrame != null)
        {
            EnterGeneratorInline(caller, generatorFrame, returnIp, sp);
        }

        return generatorFrame;
    }

    /// <summary>
    /// A call of <paramref name="callable"/> with <paramref name="args"/> (no keywords) whose first argument is
    /// <paramref name="generator"/>: <c>generator.send(value)</c>, or <c>sum</c>/<c>max</c>/<c>min</c>/<c>any</c>/<c>all</c>
    /// of the generator alone, resumed in the loop (see <see cref="EnterGenerator"/>); null for any other call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? EnterGeneratorForCall(Frame caller, PyObject callable, GeneratorObject generator, ReadOnlySpan<PyObject> args, int returnIp, int sp)
    {
        if (args.Length == 2)
        {
            return ReferenceEquals(callable, GeneratorObject.SendMethod)
                ? EnterGenerator(caller, generator, args[1], returnIp, sp)
                : null;
        }

        if (args.Length != 1 || GeneratorConsumer.For(callable) is not { } consumer)
        {
            return null;
        }

        var generatorFrame = EnterGenerator(caller, generator, NoneObject.None, returnIp, sp);
        if (generatorFrame != null)
        {
            consumer.Generator = generator;
            caller.Consumer = consumer;
        }

        return generatorFrame;
    }

    /// <summary>Links <paramref name="generatorFrame"/>, being resumed, to <paramref name="caller"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterGeneratorInline(Frame caller, Frame generatorFrame, int returnIp, int sp)
    {
        caller.Sp = sp;
        caller.ReturnIp = returnIp;
        generatorFrame.Resumer = caller;
        caller.Runtime.CurrentFrame = generatorFrame;
    }

    /// <summary>An inline-resumed generator frame yielded (its Ip and Sp saved): back to its resumer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Frame LeaveGeneratorYielding(Frame generatorFrame)
    {
        var caller = generatorFrame.Resumer!;
        generatorFrame.Resumer = null;
        generatorFrame.Generator!.SuspendInline();
        caller.Runtime.CurrentFrame = caller;
        return caller;
    }

    /// <summary>An inline-resumed generator frame returned <paramref name="value"/>: the generator is finished.</summary>
    private static Frame LeaveGeneratorReturning(Frame generatorFrame, PyObject value)
    {
        var caller = generatorFrame.Resumer!;
        generatorFrame.Resumer = null;
        generatorFrame.Generator!.FinishInline(value);
        caller.Runtime.CurrentFrame = caller;
        return caller;
    }

    /// <summary>
    /// <paramref name="exc"/> escaped an inline-resumed generator frame: the generator is finished; returns what its
    /// resumer (now the current frame) raises at its instruction. (Returned rather than a ref parameter: a local of
    /// the loop whose address is taken cannot stay in a register anywhere in it.)
    /// </summary>
    private static PyObject LeaveGeneratorRaising(Frame generatorFrame, PyObject exc)
    {
        var caller = generatorFrame.Resumer!;
        generatorFrame.Resumer = null;
        caller.Consumer = null;
        caller.Runtime.CurrentFrame = caller;
        return generatorFrame.Generator!.FailInline(exc);
    }

    /// <summary>
    /// The generator consumed by <paramref name="caller"/>'s built-in call yielded <paramref name="item"/>: hands it
    /// to the built-in and returns the generator's frame, resumed again, to continue in; or null when the call is
    /// over, with the outcome in <paramref name="consumer"/> (<see cref="GeneratorConsumer.Result"/> or
    /// <see cref="GeneratorConsumer.Error"/>, the exception to raise at the call).
    /// </summary>
    private static Frame? FeedConsumer(Frame caller, GeneratorConsumer consumer, PyObject item)
    {
        caller.Consumer = null;
        try
        {
            if (!consumer.Accept(item))
            {
                consumer.Result = consumer.Finish();
                return null;
            }

            var generatorFrame = consumer.Generator.BeginInlineResume(NoneObject.None);
            if (generatorFrame == null)
            {
                // Finished, resumed or given a pend_throw by the item's own work: go on the general way.
                PyObject? next;
                while ((next = consumer.Generator.Next()) != null)
                {
                    if (!consumer.Accept(next))
                    {
                        break;
                    }
                }

                consumer.Result = consumer.Finish();
                return null;
            }

            caller.Consumer = consumer;
            EnterGeneratorInline(caller, generatorFrame, caller.ReturnIp, caller.Sp);
            return generatorFrame;
        }
        catch (PyException e)
        {
            consumer.Error = e.Value;
            return null;
        }
    }

    /// <summary>
    /// The generator consumed by <paramref name="caller"/>'s built-in call returned: the call's outcome goes to
    /// <paramref name="consumer"/> (<see cref="GeneratorConsumer.Result"/> or <see cref="GeneratorConsumer.Error"/>).
    /// </summary>
    private static void FinishConsumer(Frame caller, GeneratorConsumer consumer)
    {
        caller.Consumer = null;
        try
        {
            consumer.Result = consumer.Finish();
        }
        catch (PyException e)
        {
            consumer.Error = e.Value;
        }
    }

    /// <summary>Where a FOR_ITER at <paramref name="forIterIp"/> continues once its iterator is exhausted.</summary>
    private static int ForIterExit(byte[] bc, int forIterIp)
    {
        int ip = forIterIp + 1;
        int off = ReadUnsignedJump(bc, ref ip);
        return ip + off;
    }
}
