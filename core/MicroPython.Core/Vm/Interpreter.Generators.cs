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
    /// Switches from <paramref name="caller"/> (at FOR_ITER or YIELD_FROM, <paramref name="returnIp"/> after the
    /// instruction, <paramref name="sp"/> its stack pointer) to a generator frame that
    /// <see cref="GeneratorObject.BeginInlineResume"/> returned.
    /// </summary>
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
    /// <paramref name="exc"/> escaped an inline-resumed generator frame: the generator is finished and
    /// <paramref name="exc"/> becomes what its resumer raises at its FOR_ITER/YIELD_FROM.
    /// </summary>
    private static Frame LeaveGeneratorRaising(Frame generatorFrame, ref PyObject exc)
    {
        var caller = generatorFrame.Resumer!;
        generatorFrame.Resumer = null;
        caller.Consumer = null;
        exc = generatorFrame.Generator!.FailInline(exc);
        caller.Runtime.CurrentFrame = caller;
        return caller;
    }

    /// <summary>
    /// The generator consumed by <paramref name="caller"/>'s built-in call yielded <paramref name="item"/>: hands it
    /// to the built-in and returns the generator's frame, resumed again, to continue in; or null when the call is
    /// over, with its <paramref name="result"/> or the exception <paramref name="exc"/> to raise at the call.
    /// </summary>
    private static Frame? FeedConsumer(Frame caller, PyObject item, out PyObject? result, out PyObject? exc)
    {
        var consumer = caller.Consumer!;
        caller.Consumer = null;
        result = null;
        exc = null;
        try
        {
            if (!consumer.Accept(item))
            {
                result = consumer.Finish();
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

                result = consumer.Finish();
                return null;
            }

            caller.Consumer = consumer;
            EnterGeneratorInline(caller, generatorFrame, caller.ReturnIp, caller.Sp);
            return generatorFrame;
        }
        catch (PyException e)
        {
            exc = e.Value;
            return null;
        }
    }

    /// <summary>The generator consumed by <paramref name="caller"/>'s built-in call returned: the call's result.</summary>
    private static PyObject? FinishConsumer(Frame caller, out PyObject? exc)
    {
        var consumer = caller.Consumer!;
        caller.Consumer = null;
        exc = null;
        try
        {
            return consumer.Finish();
        }
        catch (PyException e)
        {
            exc = e.Value;
            return null;
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
