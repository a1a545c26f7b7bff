using System;
using System.Runtime.CompilerServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Memory;

/// <summary>
/// MicroPython's heap, as a ledger: .NET owns the memory, but every Python allocation is charged here in
/// MicroPython's units (blocks of four machine words) with the sizes MicroPython's objects have, so a program sees
/// the <c>gc.mem_free()</c>, the collections and the <c>MemoryError</c>s it would see on the board
/// (gc-and-memory.md). Charging is a counter bump and one compare; everything else (collection, errors) is on the
/// slow path, taken when the counter would pass <see cref="_trigger"/>.
/// </summary>
/// <remarks>
/// Between collections the used count only grows (garbage counts as allocated, as in MicroPython). A collection
/// asks the runtime's roots to <see cref="HeapTracer">trace</see> everything reachable and replaces the count with
/// the blocks of the objects it found. Objects are never freed by us (the .NET GC does that); only the ledger
/// moves.
/// </remarks>
public sealed class HeapAccountant
{
    [ThreadStatic]
    private static HeapAccountant? t_current;

    private long _used;          // blocks in use (HEAD + TAIL in MicroPython's table)
    private long _trigger;       // charges that take _used above this go to the slow path
    private long _poolBlocks;
    private long _thresholdBlocks = -1;
    private long _usedAtCollect;
    private int _lockDepth;
    private int _blockShift;
    private long _blockMask;
    private long _releasedBlocks;
    private long _heads;         // allocations counted since the last collection, plus the live ones it found
    private bool _collecting;
    private long _markedAtCollect;

    /// <summary>Creates a heap of <paramref name="heapBytes"/> bytes for a board with <paramref name="wordBytes"/>-byte words.</summary>
    public HeapAccountant(long heapBytes, int wordBytes)
    {
        Configure(heapBytes, wordBytes);
    }

    /// <summary>
    /// True once any heap was configured with words narrower than 64 bits, whose small ints are 31-bit: until then
    /// creating an int between 2^30 and 2^62 needs no look at the heap (a static read instead of a thread-static one).
    /// </summary>
    public static bool NarrowWordsInUse { get; private set; }

    /// <summary>The heap charged on the calling thread (the current runtime's), or null outside any runtime.</summary>
    public static HeapAccountant? Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current;
    }

    /// <summary>
    /// Stops charging on this thread (for objects that are ROM on a board, such as built-in types filled in
    /// lazily); returns the heap to give to <see cref="Attach"/> afterwards.
    /// </summary>
    public static HeapAccountant? Detach()
    {
        var heap = t_current;
        t_current = null;
        return heap;
    }

    /// <summary>Resumes charging to <paramref name="heap"/> (the value <see cref="Detach"/> returned).</summary>
    public static void Attach(HeapAccountant? heap) => t_current = heap;

    /// <summary>Makes this heap the one the calling thread's allocations are charged to.</summary>
    public void MakeCurrent() => t_current = this;

    /// <summary>Traces the roots for a collection (the runtime installs it: modules, frames, pending values).</summary>
    public Action<HeapTracer>? Roots { get; set; }

    /// <summary>Machine word size in bytes (4 or 8; 2 for 16-bit boards).</summary>
    public int WordBytes { get; private set; }

    /// <summary>Bytes per GC block: four words.</summary>
    public int BlockBytes { get; private set; }

    /// <summary>The size the heap was configured with (the heap area, tables included).</summary>
    public long HeapBytes { get; private set; }

    /// <summary>Pool size in bytes: what <c>GC: total</c> reports and <c>mem_free() + mem_alloc()</c> equals.</summary>
    public long TotalBytes => _poolBlocks << _blockShift;

    /// <summary>Pool size in blocks.</summary>
    public long TotalBlocks => _poolBlocks;

    /// <summary>Blocks in use (live and not-yet-collected garbage).</summary>
    public long UsedBlocks => _used;

    /// <summary><c>gc.mem_alloc()</c>.</summary>
    public long AllocatedBytes => _used << _blockShift;

    /// <summary><c>gc.mem_free()</c>.</summary>
    public long FreeBytes => Math.Max(0, _poolBlocks - _used) << _blockShift;

    /// <summary>Whether allocation failure and the threshold run a collection (<c>gc.enable()</c>/<c>gc.disable()</c>).</summary>
    public bool AutoCollect { get; set; } = true;

    /// <summary>Number of collections run so far.</summary>
    public long Collections { get; private set; }

    /// <summary>Objects found live by the last collection.</summary>
    public long LiveObjects { get; private set; }

    /// <summary>Most blocks ever in use at once (for <c>mem_info</c>'s peak).</summary>
    public long PeakBlocks { get; private set; }

    /// <summary>Bytes ever charged (<c>mem_info</c>'s <c>mem: total=</c>): what was freed so far plus what is in use.</summary>
    public long TotalChargedBytes => (_releasedBlocks + _used) << _blockShift;

    /// <summary>Most bytes in use at once (<c>mem_info</c>'s <c>peak=</c>).</summary>
    public long PeakBytes => Math.Max(PeakBlocks, _used) << _blockShift;

    /// <summary>Heap-lock depth (<c>micropython.heap_lock</c>); any charge fails while it is above zero.</summary>
    public int LockDepth => _lockDepth;

    /// <summary>
    /// Sets the heap and word size. The pool is laid out as MicroPython's gc_init does (allocation table,
    /// finaliser table, pool of whole blocks: gc-and-memory.md §2), so the totals are the board's.
    /// </summary>
    public void Configure(long heapBytes, int wordBytes)
    {
        if (wordBytes != 2 && wordBytes != 4 && wordBytes != 8)
        {
            throw new ArgumentOutOfRangeException(nameof(wordBytes), "word size must be 2, 4 or 8 bytes");
        }

        WordBytes = wordBytes;
        BlockBytes = 4 * wordBytes;
        if (wordBytes < 8)
        {
            NarrowWordsInUse = true;
        }

        _blockShift = System.Numerics.BitOperations.Log2((uint)BlockBytes);
        _blockMask = BlockBytes - 1;
        HeapBytes = heapBytes;
        _poolBlocks = PoolBlocks(heapBytes, BlockBytes);
        ResetTrigger();
    }

    /// <summary>
    /// Blocks in the pool of a heap area of <paramref name="heapBytes"/> with finalisers enabled:
    /// allocation table A = floor((T − 1)·8 / (8 + 4 + 32·B)), pool = 4·A blocks.
    /// </summary>
    public static long PoolBlocks(long heapBytes, int blockBytes)
    {
        long t = heapBytes - heapBytes % blockBytes;
        if (t <= 1)
        {
            return 0;
        }

        long atb = (t - 1) * 8 / (8 + 4 + 32L * blockBytes);
        return atb * 4;
    }

    /// <summary>Blocks taken by an allocation of <paramref name="bytes"/> (0 bytes: none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Blocks(long bytes) => (bytes + _blockMask) >> _blockShift;

    /// <summary>Blocks taken by an allocation of <paramref name="words"/> machine words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long WordBlocks(long words) => (words * WordBytes + _blockMask) >> _blockShift;

    // ---- charging (the hot path) ------------------------------------------------------------------------

    /// <summary>Charges an allocation of <paramref name="bytes"/> to the current thread's heap, if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeBytes(long bytes)
    {
        var heap = t_current;
        if (heap != null)
        {
            heap.Allocate(bytes);
        }
    }

    /// <summary>Charges an allocation of <paramref name="words"/> machine words (an object structure).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeWords(long words)
    {
        var heap = t_current;
        if (heap != null)
        {
            heap.Allocate(words * heap.WordBytes);
        }
    }

    /// <summary>Charges one block: an object of at most four words (most fixed-size objects).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeObject()
    {
        var heap = t_current;
        if (heap != null)
        {
            heap.AllocateBlocks(1, heap.BlockBytes);
        }
    }

    /// <summary>
    /// A reallocation from <paramref name="oldBytes"/> to <paramref name="newBytes"/> (MicroPython's gc_realloc:
    /// the old blocks are released as the new ones are taken).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeResize(long oldBytes, long newBytes)
    {
        var heap = t_current;
        if (heap != null)
        {
            heap.Resize(oldBytes, newBytes);
        }
    }

    /// <summary>A reallocation of a word array from <paramref name="oldWords"/> to <paramref name="newWords"/> words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeResizeWords(long oldWords, long newWords)
    {
        var heap = t_current;
        if (heap != null)
        {
            heap.Resize(oldWords * heap.WordBytes, newWords * heap.WordBytes);
        }
    }

    /// <summary>Takes one block (an object of at most four words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AllocateObject() => AllocateBlocks(1, BlockBytes);

    /// <summary>
    /// An object of at most four words plus a separate array of <paramref name="bytes"/> (a list and its items,
    /// a str and its data): two allocations, charged with one compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AllocateObjectWith(long bytes)
    {
        long blocks = bytes > 0 ? 1 + ((bytes + _blockMask) >> _blockShift) : 1;
        long used = _used + blocks;
        if (used > _trigger)
        {
            AllocateSlow(blocks, bytes);
            _heads++;
            return;
        }

        _used = used;
        _heads += 2;
    }

    /// <summary>Takes the blocks of <paramref name="words"/> machine words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AllocateWords(long words)
    {
        if (words > 0)
        {
            Allocate(words * WordBytes);
        }
    }

    /// <summary>Takes <c>ceil(bytes / block)</c> blocks; a request that does not fit collects or raises <c>MemoryError</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Allocate(long bytes)
    {
        if (bytes > 0)
        {
            AllocateBlocks((bytes + _blockMask) >> _blockShift, bytes);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AllocateBlocks(long blocks, long bytes)
    {
        long used = _used + blocks;
        if (used > _trigger)
        {
            AllocateSlow(blocks, bytes);
            return;
        }

        _used = used;
        _heads++;
    }

    /// <summary>A reallocation: charges (or releases) the difference in blocks.</summary>
    public void Resize(long oldBytes, long newBytes)
    {
        long oldBlocks = Blocks(oldBytes);
        long newBlocks = Blocks(newBytes);
        if (newBlocks > oldBlocks)
        {
            // Growing: the whole new size must fit while the old one is still held, as with alloc-copy-free;
            // charge the difference (a realloc that grows in place needs only that much).
            AllocateBlocks(newBlocks - oldBlocks, newBytes);
        }
        else
        {
            Release(oldBlocks - newBlocks);
        }
    }

    /// <summary>Gives back blocks freed explicitly (MicroPython's gc_free on shrink/rehash); never below zero.</summary>
    public void Release(long blocks)
    {
        long released = Math.Min(_used, blocks);
        _used -= released;
        _releasedBlocks += released;
    }

    private void AllocateSlow(long blocks, long bytes)
    {
        if (_lockDepth > 0)
        {
            throw OutOfMemory("memory allocation failed, heap is locked");
        }

        if (_collecting)
        {
            // Allocations made while tracing (none expected) are not charged.
            return;
        }

        long used = _used + blocks;
        bool collected = false;
        if (AutoCollect && _thresholdBlocks >= 0 && _used - _usedAtCollect >= _thresholdBlocks)
        {
            // gc.threshold: collect once that many blocks were allocated since the last collection.
            Collect();
            collected = true;
            used = _used + blocks;
        }

        if (used > _poolBlocks && AutoCollect && !collected)
        {
            Collect();
            used = _used + blocks;
        }

        if (used > _poolBlocks)
        {
            throw OutOfMemory($"memory allocation failed, allocating {bytes} bytes");
        }

        _used = used;
        _heads++;
        TrackPeak();
    }

    /// <summary>
    /// Builds the MemoryError outside the heap: MicroPython raises it from a preallocated object when the heap
    /// cannot hold one (the emergency exception buffer), so raising never needs the memory that ran out.
    /// </summary>
    private PyException OutOfMemory(string message)
    {
        var current = Detach();
        try
        {
            return Errors.MemoryError(message);
        }
        finally
        {
            Attach(current);
        }
    }

    private void TrackPeak()
    {
        if (_used > PeakBlocks)
        {
            PeakBlocks = _used;
        }
    }

    // ---- collection -------------------------------------------------------------------------------------

    /// <summary>
    /// Marks everything reachable from the roots and makes the used count the blocks of what was found
    /// (<c>gc.collect()</c>). Returns the number of objects (allocation heads) that were counted before and are
    /// no longer reachable, MicroPython's collect return value, estimated from the blocks released.
    /// </summary>
    public long Collect()
    {
        if (_collecting)
        {
            return 0;
        }

        if (_used > PeakBlocks)
        {
            PeakBlocks = _used;
        }

        _collecting = true;
        try
        {
            var tracer = new HeapTracer(this, (int)Math.Min(int.MaxValue / 2, _markedAtCollect));
            Roots?.Invoke(tracer);
            tracer.Drain();
            _markedAtCollect = tracer.MarkedObjects;
            long before = _used;
            _used = tracer.LiveBlocks;
            LiveObjects = tracer.LiveObjects;
            Collections++;
            _usedAtCollect = _used;
            long freed = before - _used;
            if (freed > 0)
            {
                _releasedBlocks += freed;
            }

            long freedHeads = _heads - tracer.LiveObjects;
            _heads = tracer.LiveObjects;
            return freedHeads > 0 ? freedHeads : 0;
        }
        finally
        {
            _collecting = false;
            ResetTrigger();
        }
    }

    /// <summary>
    /// Traces what is live without changing the ledger (for <c>micropython.mem_info()</c>'s block statistics).
    /// Sizes are per object (an object and the arrays it owns together), where MicroPython counts each allocation.
    /// </summary>
    public HeapTracer Census(bool layout = false)
    {
        var tracer = new HeapTracer(this);
        if (layout)
        {
            tracer.Layout = new();
        }

        bool was = _collecting;
        _collecting = true;
        try
        {
            Roots?.Invoke(tracer);
            tracer.Drain();
        }
        finally
        {
            _collecting = was;
        }

        return tracer;
    }

    // ---- threshold and lock -----------------------------------------------------------------------------

    /// <summary><c>gc.threshold()</c>: bytes (a block multiple), or −1 when disabled.</summary>
    public long ThresholdBytes => _thresholdBlocks < 0 ? -1 : _thresholdBlocks << _blockShift;

    /// <summary><c>gc.threshold(n)</c>: collect after every <c>n // block</c> blocks allocated; negative disables.</summary>
    public void SetThreshold(long bytes)
    {
        _thresholdBlocks = bytes < 0 ? -1 : bytes >> _blockShift;
        _usedAtCollect = _used;
        ResetTrigger();
    }

    /// <summary><c>micropython.heap_lock()</c>.</summary>
    public void Lock()
    {
        _lockDepth++;
        ResetTrigger();
    }

    /// <summary><c>micropython.heap_unlock()</c>: returns the new depth.</summary>
    public int Unlock()
    {
        if (_lockDepth > 0)
        {
            _lockDepth--;
        }

        ResetTrigger();
        return _lockDepth;
    }

    /// <summary>Forces the lock depth back to zero (the REPL does this before each prompt).</summary>
    public void ForceUnlock()
    {
        _lockDepth = 0;
        ResetTrigger();
    }

    private void ResetTrigger()
    {
        if (_lockDepth > 0)
        {
            _trigger = -1;
            return;
        }

        long trigger = _poolBlocks;
        if (_thresholdBlocks >= 0 && AutoCollect)
        {
            trigger = Math.Min(trigger, _usedAtCollect + _thresholdBlocks);
        }

        _trigger = trigger;
    }

    /// <summary>Re-reads <see cref="AutoCollect"/> into the fast-path trigger (after <c>gc.enable()</c>/<c>disable()</c>).</summary>
    public void Refresh() => ResetTrigger();
}
