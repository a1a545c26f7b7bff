using System.Text;
using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

// micropython.mem_info, qstr_info, stack_use, heap_lock/heap_unlock/heap_locked, schedule,
// alloc_emergency_exception_buf and the MICROPY_MEM_STATS functions (gc-and-memory.md §7).
public static partial class MicroPythonModule
{
    private static void AddMemoryFunctions(PyRuntime runtime, DictObject g)
    {
        var heap = runtime.Heap;
        g.SetItem("mem_info", new BuiltinFunction("mem_info", 0, 1, args =>
        {
            runtime.Stdout.Write(MemInfo(runtime, verbose: args.Length > 0));
            return NoneObject.None;
        }));
        g.SetItem("qstr_info", new BuiltinFunction("qstr_info", 0, 1, args =>
        {
            var (count, bytes) = StrObject.InternedStatistics();
            runtime.Stdout.Write($"qstr pool: n_pool={(count + 63) / 64}, n_qstr={count}, n_str_data_bytes={bytes}, n_total_bytes={bytes + (count * heap.WordBytes)}\n");
            return NoneObject.None;
        }));
        g.SetItem("stack_use", new BuiltinFunction("stack_use", () => IntObject.Get(runtime.StackUse())));
        g.SetItem("heap_lock", new BuiltinFunction("heap_lock", () =>
        {
            heap.Lock();
            return NoneObject.None;
        }));
        g.SetItem("heap_unlock", new BuiltinFunction("heap_unlock", () => IntObject.Get(heap.Unlock())));
        g.SetItem("heap_locked", new BuiltinFunction("heap_locked", () => IntObject.Get(heap.LockDepth)));
        g.SetItem("mem_total", new BuiltinFunction("mem_total", () => IntObject.Get(heap.TotalChargedBytes)));
        g.SetItem("mem_current", new BuiltinFunction("mem_current", () => IntObject.Get(heap.AllocatedBytes)));
        g.SetItem("mem_peak", new BuiltinFunction("mem_peak", () => IntObject.Get(heap.PeakBytes)));
        g.SetItem("schedule", new BuiltinFunction("schedule", (function, argument) =>
        {
            if (!runtime.Schedule(function, argument))
            {
                throw Errors.RuntimeError("schedule queue full");
            }

            return NoneObject.None;
        }));

        // The MemoryError for a full heap is built outside the heap (HeapAccountant), so there is nothing to
        // reserve; the size is still checked as an int.
        g.SetItem("alloc_emergency_exception_buf", new BuiltinFunction("alloc_emergency_exception_buf", size =>
        {
            Ops.ToInt64(size);
            return NoneObject.None;
        }));
    }

    /// <summary>The text <c>micropython.mem_info()</c> prints (with the allocation map when <paramref name="verbose"/>).</summary>
    public static string MemInfo(PyRuntime runtime, bool verbose)
    {
        var heap = runtime.Heap;
        var census = heap.Census(layout: verbose);
        var sb = new StringBuilder();
        sb.Append("mem: total=").Append(heap.TotalChargedBytes).Append(", current=").Append(heap.AllocatedBytes)
            .Append(", peak=").Append(heap.PeakBytes).Append('\n');
        sb.Append("stack: ").Append(runtime.StackUse());
        if (runtime.StackLimitBytes > 0)
        {
            sb.Append(" out of ").Append(runtime.StackLimitBytes);
        }

        sb.Append('\n');
        sb.Append("GC: total: ").Append(heap.TotalBytes).Append(", used: ").Append(heap.AllocatedBytes)
            .Append(", free: ").Append(heap.FreeBytes).Append('\n');

        // Our pool never fragments (objects are not placed), so the free blocks are one run.
        sb.Append(" No. of 1-blocks: ").Append(census.OneBlockObjects).Append(", 2-blocks: ").Append(census.TwoBlockObjects)
            .Append(", max blk sz: ").Append(census.MaxObjectBlocks).Append(", max free sz: ")
            .Append(heap.TotalBlocks - heap.UsedBlocks).Append('\n');
        if (verbose)
        {
            AppendBlockMap(sb, heap, census);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The allocation-table dump, 64 blocks a line. Objects are not placed at addresses here, so the map shows the
    /// live objects packed in the order a collection finds them (a type letter for each head, <c>=</c> for its
    /// other blocks), then the uncollected garbage as one run, then the free blocks; runs of free lines are folded.
    /// </summary>
    private static void AppendBlockMap(StringBuilder sb, HeapAccountant heap, HeapTracer census)
    {
        const int perLine = 64;
        long total = heap.TotalBlocks;
        var map = new char[total];
        long b = 0;
        foreach (var (obj, blocks) in census.Layout!)
        {
            for (long i = 0; i < blocks && b < total; i++)
            {
                map[b++] = i == 0 ? HeadChar(obj) : '=';
            }
        }

        for (long i = 0; b < heap.UsedBlocks && b < total; i++)
        {
            map[b++] = i == 0 ? 'h' : '=';
        }

        while (b < total)
        {
            map[b++] = '.';
        }

        sb.Append("GC memory layout; from 0:");
        long lines = (total + perLine - 1) / perLine;
        for (long line = 0; line < lines; line++)
        {
            long first = line * perLine;
            long freeRun = 0;
            while (line + freeRun < lines && IsFreeLine(map, (line + freeRun) * perLine, perLine))
            {
                freeRun++;
            }

            if (freeRun >= 2)
            {
                sb.Append("\n       (").Append(freeRun).Append(" lines all free)");
                line += freeRun - 1;
                continue;
            }

            sb.Append('\n').Append((first * heap.BlockBytes).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).Append(": ");
            sb.Append(map, (int)first, (int)System.Math.Min(perLine, total - first));
        }

        sb.Append('\n');
    }

    private static bool IsFreeLine(char[] map, long first, int perLine)
    {
        for (long i = first; i < first + perLine && i < map.Length; i++)
        {
            if (map[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static char HeadChar(PyObject obj) => obj switch
    {
        TupleObject => 'T',
        ListObject => 'L',
        DictObject => 'D',
        StrObject or BytesObject => 'S',
        BytearrayObject => 'A',
        FloatObject => 'F',
        FunctionObject => 'B',
        ModuleObject => 'M',
        _ => 'h',
    };
}
