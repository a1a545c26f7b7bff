using System.Collections.Generic;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// Asynchronous events the VM handles at its next backward jump or call (MicroPython's mp_handle_pending):
// a Ctrl-C and the functions queued by micropython.schedule.
public sealed partial class PyRuntime
{
    /// <summary>Size of the schedule queue (MICROPY_SCHEDULER_DEPTH).</summary>
    public const int SchedulerDepth = 4;

    private bool _runningScheduled;

    /// <summary>Set with <see cref="InterruptPending"/> by a Ctrl-C (<see cref="RequestKeyboardInterrupt"/>).</summary>
    public volatile bool KeyboardInterruptPending;

    /// <summary>Functions queued by <c>micropython.schedule</c>, with their argument.</summary>
    internal Queue<(PyObject Function, PyObject Argument)> Scheduled { get; } = new();

    /// <summary>Ctrl-C: <c>KeyboardInterrupt</c> is raised at the next backward jump or call. Safe from any thread.</summary>
    public void RequestKeyboardInterrupt()
    {
        KeyboardInterruptPending = true;
        InterruptPending = true;
    }

    /// <summary>
    /// Drops a Ctrl-C that arrived too late to interrupt anything (the REPL calls this when a command ends, as
    /// MicroPython's pyexec does), so it does not hit the next command. Queued scheduled functions stay pending.
    /// </summary>
    public void CancelKeyboardInterrupt()
    {
        KeyboardInterruptPending = false;
        lock (Scheduled)
        {
            if (Scheduled.Count == 0)
            {
                InterruptPending = false;
            }
        }
    }

    /// <summary>
    /// For native code that waits (<c>time.sleep</c>): consumes a pending Ctrl-C and returns the
    /// <c>KeyboardInterrupt</c> to throw, so the wait ends in the caller's frame as MicroPython's delay loops do;
    /// null when there is none. Scheduled functions stay queued for the VM.
    /// </summary>
    public PyException? TakeKeyboardInterrupt()
    {
        if (!KeyboardInterruptPending)
        {
            return null;
        }

        CancelKeyboardInterrupt();
        return new PyException(new ExceptionObject(ExceptionTypes.KeyboardInterrupt, TupleObject.Empty));
    }

    /// <summary><c>micropython.schedule(function, argument)</c>: false when the queue is full.</summary>
    public bool Schedule(PyObject function, PyObject argument)
    {
        lock (Scheduled)
        {
            if (Scheduled.Count >= SchedulerDepth)
            {
                return false;
            }

            Scheduled.Enqueue((function, argument));
        }

        InterruptPending = true;
        return true;
    }

    /// <summary>Runs the queued functions; returns the exception one of them raised (the rest stay queued), or null.</summary>
    internal PyObject? RunScheduled()
    {
        if (_runningScheduled)
        {
            // The scheduler is locked while a scheduled function runs: the rest wait until it returns.
            return null;
        }

        _runningScheduled = true;
        try
        {
            return RunQueue();
        }
        finally
        {
            _runningScheduled = false;
            if (Scheduled.Count != 0)
            {
                InterruptPending = true;
            }
        }
    }

    private PyObject? RunQueue()
    {
        while (true)
        {
            (PyObject Function, PyObject Argument) item;
            lock (Scheduled)
            {
                if (Scheduled.Count == 0)
                {
                    return null;
                }

                item = Scheduled.Dequeue();
            }

            try
            {
                Ops.CallFunction(item.Function, item.Argument);
            }
            catch (PyException e)
            {
                return e.Value;
            }
        }
    }
}
