using MicroPython.Memory;

namespace MicroPython.Vm;

// What the collector needs from the VM: the references held by live frames (MicroPython finds them by scanning
// the C stack and the Python stack conservatively; ours are in the frames' state arrays).
public static partial class Interpreter
{
    /// <summary>Reports every frame that is running, innermost first, following calls made by the loop,
    /// generators it resumed itself and calls by native code.</summary>
    public static void TraceFrames(Frame? innermost, HeapTracer tracer)
    {
        for (var f = innermost; f != null; f = f.Back ?? f.Resumer ?? f.RunCaller)
        {
            TraceFrame(f, tracer);
        }
    }

    /// <summary>Reports what one frame refers to: its locals and whole value stack (stale slots too, conservatively).</summary>
    public static void TraceFrame(Frame frame, HeapTracer tracer)
    {
        tracer.Mark(frame.Globals);
        tracer.Mark(frame.Locals);
        tracer.Mark(frame.Result);
        tracer.Mark(frame.Injected);
        var state = frame.State;
        for (int i = 0; i < state.Length; i++)
        {
            tracer.Mark(state[i].Value);
        }

        var blocks = frame.ExcStack;
        for (int i = 0; i < blocks.Length; i++)
        {
            tracer.Mark(blocks[i].PrevExc);
        }
    }
}
