using System.Collections.Generic;
using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Vm;

namespace MicroPython.Runtime;

// The heap of this interpreter: its accountant and the roots a collection starts from.
public sealed partial class PyRuntime
{
    private readonly List<System.Action<HeapTracer>> _heapRoots = new();

    /// <summary>MicroPython's heap for this runtime: sizes from <see cref="HeapSizeBytes"/> and <see cref="WordSizeBytes"/>.</summary>
    public HeapAccountant Heap { get; }

    /// <summary>
    /// Registers extra roots for collections: native code (a port, a plug-in module) that keeps Python objects
    /// somewhere the runtime cannot see (callbacks, buffers, queues) reports them here, as MicroPython's
    /// <c>MP_REGISTER_ROOT_POINTER</c>.
    /// </summary>
    public void AddHeapRoots(System.Action<HeapTracer> roots) => _heapRoots.Add(roots);

    /// <summary>Reports everything a collection starts from (MicroPython's root pointers, stacks and registers).</summary>
    private void TraceRoots(HeapTracer tracer)
    {
        tracer.Mark(Modules);
        tracer.Mark(Path);
        tracer.Mark(Argv);

        // The builtins dict is ROM; what user code stored into it (and the REPL's `_`) is live.
        int position = 0;
        while (Builtins.TryGetNext(ref position, out _, out var value))
        {
            tracer.Mark(value);
        }

        Interpreter.TraceFrames(CurrentFrame, tracer);
        tracer.Mark(CurrentException);
        tracer.Mark(AtExit);
        foreach (var (function, argument) in Scheduled)
        {
            tracer.Mark(function);
            tracer.Mark(argument);
        }

        foreach (var roots in _heapRoots)
        {
            roots(tracer);
        }
    }
}
