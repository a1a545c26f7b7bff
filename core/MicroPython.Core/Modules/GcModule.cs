using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>
/// The <c>gc</c> module (modgc.c) over the runtime's <see cref="Memory.HeapAccountant"/>: figures are in bytes of
/// the board's heap, the pool only (gc-and-memory.md §6).
/// </summary>
public static class GcModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var heap = runtime.Heap;
        var m = new ModuleObject("gc");
        var g = m.Globals;

        // The unix port returns the number of objects freed (MICROPY_PY_GC_COLLECT_RETVAL).
        g.SetItem("collect", new BuiltinFunction("collect", () => IntObject.Get(heap.Collect())));
        g.SetItem("mem_free", new BuiltinFunction("mem_free", () => IntObject.Get(heap.FreeBytes)));
        g.SetItem("mem_alloc", new BuiltinFunction("mem_alloc", () => IntObject.Get(heap.AllocatedBytes)));
        g.SetItem("enable", new BuiltinFunction("enable", () =>
        {
            heap.AutoCollect = true;
            heap.Refresh();
            return NoneObject.None;
        }));
        g.SetItem("disable", new BuiltinFunction("disable", () =>
        {
            heap.AutoCollect = false;
            heap.Refresh();
            return NoneObject.None;
        }));
        g.SetItem("isenabled", new BuiltinFunction("isenabled", () => BoolObject.From(heap.AutoCollect)));
        g.SetItem("threshold", new BuiltinFunction("threshold", 0, 1, args =>
        {
            if (args.Length == 0)
            {
                return IntObject.Get(heap.ThresholdBytes);
            }

            heap.SetThreshold(Ops.ToInt64(args[0]));
            return NoneObject.None;
        }));
        return m;
    }
}
