using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Heapq;

/// <summary>
/// The <c>heapq</c> module as MicroPython has it: <c>heappush</c>, <c>heappop</c> and <c>heapify</c> only, over a
/// min-heap kept in a plain list (not a subclass: <c>TypeError: heap must be a list</c>). Items are compared with
/// <c>&lt;</c> alone and sifted as CPython does, so both produce the same list.
/// </summary>
public static class HeapqModule
{
    /// <summary>The module's definition: name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("heapq", "MICROPY_PY_HEAPQ", m => m
        .Function("heappush", HeapPush)
        .Function("heappop", HeapPop)
        .Function("heapify", Heapify));

    /// <summary><c>heappush(heap, item)</c>.</summary>
    private static PyObject HeapPush(PyObject heapObject, PyObject item)
    {
        var heap = AsHeap(heapObject);
        heap.Append(item);
        SiftDown(heap, 0, heap.Count - 1);
        return NoneObject.None;
    }

    /// <summary><c>heappop(heap)</c>: removes and returns the smallest item.</summary>
    private static PyObject HeapPop(PyObject heapObject)
    {
        var heap = AsHeap(heapObject);
        int count = heap.Count;
        if (count == 0)
        {
            throw Errors.IndexError("empty heap");
        }

        var items = heap.RawItems;
        var smallest = items[0];
        items[0] = items[count - 1];
        heap.SetCount(count - 1);
        if (count > 1)
        {
            SiftUp(heap, 0);
        }

        return smallest;
    }

    /// <summary><c>heapify(x)</c>: rearranges the list into a heap in place.</summary>
    private static PyObject Heapify(PyObject heapObject)
    {
        var heap = AsHeap(heapObject);
        for (int i = heap.Count / 2 - 1; i >= 0; i--)
        {
            SiftUp(heap, i);
        }

        return NoneObject.None;
    }

    private static ListObject AsHeap(PyObject o)
    {
        // MicroPython checks for exactly a list; a list subclass instance is refused too.
        return o as ListObject ?? throw Errors.TypeError("heap must be a list");
    }

    /// <summary>Moves the item at <paramref name="pos"/> up towards <paramref name="start"/> while it is smaller than its parent.</summary>
    private static void SiftDown(ListObject heap, int start, int pos)
    {
        var item = heap.RawItems[pos];
        while (pos > start)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = Item(heap, parentPos);
            if (!Less(item, parent, heap, pos + 1))
            {
                break;
            }

            heap.RawItems[pos] = parent;
            pos = parentPos;
        }

        heap.RawItems[pos] = item;
    }

    /// <summary>
    /// Fills the hole at <paramref name="pos"/> by moving the smaller child up until a leaf is reached, then sifts
    /// the displaced item back down into place (CPython's bottom-up variant: fewer comparisons).
    /// </summary>
    private static void SiftUp(ListObject heap, int pos)
    {
        int start = pos;
        int end = heap.Count;
        var item = heap.RawItems[pos];
        int child = 2 * pos + 1;
        while (child < end)
        {
            int right = child + 1;
            if (right < end && !Less(Item(heap, child), Item(heap, right), heap, end))
            {
                child = right;
            }

            heap.RawItems[pos] = Item(heap, child);
            pos = child;
            child = 2 * pos + 1;
        }

        heap.RawItems[pos] = item;
        SiftDown(heap, start, pos);
    }

    private static PyObject Item(ListObject heap, int index) => heap.RawItems[index];

    /// <summary>
    /// <c>a &lt; b</c>. A user <c>__lt__</c> may change the list under us; the sift then stops with an error rather
    /// than reading past its end.
    /// </summary>
    private static bool Less(PyObject a, PyObject b, ListObject heap, int mustHold)
    {
        bool less = Ops.IsTrue(Ops.BinaryOp(BinaryOp.Less, a, b));
        if (heap.Count < mustHold)
        {
            throw Errors.RuntimeError("list changed size during iteration");
        }

        return less;
    }
}
