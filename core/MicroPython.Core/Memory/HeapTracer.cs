using System.Collections.Generic;
using MicroPython.Objects;

namespace MicroPython.Memory;

/// <summary>
/// The mark phase of a collection: objects reported through <see cref="Mark(PyObject?)"/> are visited once each
/// (an explicit work list, so a long chain cannot overflow the stack), their <see cref="PyObject.HeapBlocks"/> are
/// summed and their <see cref="PyObject.TraceReferences"/> report what they refer to. Work and memory are
/// proportional to the live objects; nothing is kept between collections.
/// </summary>
public sealed class HeapTracer
{
    private readonly MarkSet _marked;

    // The work list: an array used as a stack (Stack<T> adds a version bump and a bounds check per operation).
    private PyObject[] _pending = new PyObject[256];
    private int _pendingCount;
    private readonly long _smallIntLimit;

    internal HeapTracer(HeapAccountant heap, int expectedObjects = 0)
    {
        Heap = heap;

        // Sized from the last collection's live count, so the set is not regrown on every collection.
        _marked = new MarkSet(expectedObjects);
        _smallIntLimit = 1L << ((heap.WordBytes * 8) - 2);
    }

    /// <summary>The heap being collected (for its block and word sizes).</summary>
    public HeapAccountant Heap { get; }

    /// <summary>Blocks of the objects marked so far.</summary>
    public long LiveBlocks { get; private set; }

    /// <summary>Objects marked so far that occupy heap blocks.</summary>
    public long LiveObjects { get; private set; }

    /// <summary>Objects visited (live ones and those outside the heap; small ints and qstrs are not counted).</summary>
    public long MarkedObjects => _marked.Count;

    /// <summary>Live objects of exactly one block (<c>mem_info</c>'s "No. of 1-blocks").</summary>
    public long OneBlockObjects { get; private set; }

    /// <summary>Live objects of exactly two blocks.</summary>
    public long TwoBlockObjects { get; private set; }

    /// <summary>The largest live object, in blocks.</summary>
    public long MaxObjectBlocks { get; private set; }

    /// <summary>When set, each live object's size in blocks is appended in the order found (for the block map).</summary>
    public List<(PyObject Object, long Blocks)>? Layout { get; set; }

    /// <summary>Reports a reference: the object (and what it refers to) is live.</summary>
    public void Mark(PyObject? obj)
    {
        if (obj == null)
        {
            return;
        }

        // Small ints and interned strs (qstrs: names, dict keys of attributes) are the commonest leaves and cost
        // nothing: no need to remember them.
        var type = obj.Type;
        if (ReferenceEquals(type, IntObject.PyType))
        {
            if (obj is IntObject i && i.Value >= -_smallIntLimit && i.Value < _smallIntLimit)
            {
                return;
            }
        }
        else if (ReferenceEquals(type, StrObject.PyType) && obj is StrObject { IsInterned: true })
        {
            return;
        }

        if (_marked.Add(obj))
        {
            if (_pendingCount == _pending.Length)
            {
                System.Array.Resize(ref _pending, _pendingCount * 2);
            }

            _pending[_pendingCount++] = obj;
        }
    }

    /// <summary>Reports every non-null reference in <paramref name="objects"/>.</summary>
    public void Mark(System.ReadOnlySpan<PyObject?> objects)
    {
        for (int i = 0; i < objects.Length; i++)
        {
            Mark(objects[i]);
        }
    }

    /// <summary>Counts blocks owned by a root that is not a Python object (compiled code, interpreter tables).</summary>
    public void AddBlocks(long blocks)
    {
        LiveBlocks += blocks;
    }

    internal void Drain()
    {
        while (_pendingCount != 0)
        {
            var obj = _pending[--_pendingCount];
            long blocks = obj.HeapBlocks(Heap);
            if (blocks > 0)
            {
                LiveBlocks += blocks;
                LiveObjects++;
                if (blocks == 1)
                {
                    OneBlockObjects++;
                }
                else if (blocks == 2)
                {
                    TwoBlockObjects++;
                }

                Layout?.Add((obj, blocks));
                if (blocks > MaxObjectBlocks)
                {
                    MaxObjectBlocks = blocks;
                }
            }

            obj.TraceReferences(this);
        }
    }
}
