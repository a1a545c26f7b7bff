using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Memory;

/// <summary>The ledger itself: pool layout, block rounding, collection, threshold, lock, MemoryError texts.</summary>
public sealed class HeapAccountantTests
{
    // Pool totals from gc-and-memory.md §2 (the 64-bit rows were measured on MicroPython's unix port).
    [Theory]
    [InlineData(2097152, 8, 2072832)]
    [InlineData(8192, 8, 8064)]
    [InlineData(1048576, 4, 1024512)]
    [InlineData(57344, 4, 56000)]
    [InlineData(102400, 4, 100032)]
    [InlineData(8192, 4, 8000)]
    public void PoolTotalFollowsMicroPythonsLayout(long heapBytes, int wordBytes, long total)
    {
        var heap = new HeapAccountant(heapBytes, wordBytes);
        Assert.Equal(total, heap.TotalBytes);
        Assert.Equal(total, heap.FreeBytes + heap.AllocatedBytes);
        Assert.Equal(4 * wordBytes, heap.BlockBytes);
    }

    [Theory]
    [InlineData(8, 1, 32)]
    [InlineData(8, 32, 32)]
    [InlineData(8, 33, 64)]
    [InlineData(4, 33, 48)]
    [InlineData(8, 0, 0)]
    public void AllocationsAreWholeBlocks(int wordBytes, long bytes, long charged)
    {
        var heap = new HeapAccountant(65536, wordBytes);
        heap.Allocate(bytes);
        Assert.Equal(charged, heap.AllocatedBytes);
        Assert.Equal(heap.TotalBytes - charged, heap.FreeBytes);
    }

    [Fact]
    public void ResizeChargesTheDifferenceAndShrinkingGivesBlocksBack()
    {
        var heap = new HeapAccountant(65536, 8);
        heap.Allocate(32);
        heap.Resize(32, 128);
        Assert.Equal(128, heap.AllocatedBytes);
        heap.Resize(128, 64);
        Assert.Equal(64, heap.AllocatedBytes);
    }

    [Fact]
    public void CollectionKeepsOnlyWhatTheRootsReach()
    {
        var heap = new HeapAccountant(65536, 8);
        PyObject? live = null;
        heap.Roots = t => t.Mark(live);
        var previous = HeapAccountant.Detach();
        try
        {
            heap.MakeCurrent();
            live = new ListObject(10);         // 1 block + 10 words (3 blocks)
            _ = new ListObject(100);           // garbage: 1 + 25 blocks
            Assert.Equal((4 + 26) * 32, heap.AllocatedBytes);
            long freed = heap.Collect();
            Assert.Equal(4 * 32, heap.AllocatedBytes);
            Assert.True(freed > 0);
            Assert.Equal(1, heap.Collections);
        }
        finally
        {
            HeapAccountant.Attach(previous);
        }
    }

    [Fact]
    public void AFullHeapCollectsThenRaisesMemoryErrorWithTheRequestedSize()
    {
        var heap = new HeapAccountant(8192, 8);  // 8064 bytes of pool
        heap.Roots = _ => { };
        heap.Allocate(8000);
        heap.Allocate(100);                       // does not fit: the collection frees the unreachable 8000
        Assert.Equal(1, heap.Collections);
        Assert.Equal(128, heap.AllocatedBytes);
        var e = Assert.Throws<PyException>(() => heap.Allocate(10000));
        Assert.Equal("memory allocation failed, allocating 10000 bytes", Message(e));
        Assert.Equal(2, heap.Collections);        // the failed request collected once more (the 100 were garbage)
        Assert.Equal(0, heap.AllocatedBytes);
    }

    [Fact]
    public void WithAutoCollectOffAFullHeapFailsWithoutCollecting()
    {
        var heap = new HeapAccountant(8192, 8);
        heap.Roots = _ => { };
        heap.AutoCollect = false;
        heap.Refresh();
        heap.Allocate(8000);
        Assert.Throws<PyException>(() => heap.Allocate(100));
        Assert.Equal(0, heap.Collections);
        heap.Collect();
        heap.Allocate(100);
        Assert.Equal(128, heap.AllocatedBytes);
    }

    [Fact]
    public void ThresholdIsRoundedToBlocksAndTriggersCollections()
    {
        var heap = new HeapAccountant(65536, 8);
        heap.Roots = _ => { };
        Assert.Equal(-1, heap.ThresholdBytes);
        heap.SetThreshold(1000);
        Assert.Equal(992, heap.ThresholdBytes);
        for (int i = 0; i < 31; i++)
        {
            heap.Allocate(32);
        }

        Assert.Equal(0, heap.Collections);
        heap.Allocate(32);                        // 31 blocks allocated since the last collection: collect first
        Assert.Equal(1, heap.Collections);
        Assert.Equal(32, heap.AllocatedBytes);
        heap.SetThreshold(-1);
        Assert.Equal(-1, heap.ThresholdBytes);
    }

    [Fact]
    public void ALockedHeapRefusesEveryAllocation()
    {
        var heap = new HeapAccountant(65536, 8);
        heap.Lock();
        heap.Lock();
        var e = Assert.Throws<PyException>(() => heap.Allocate(1));
        Assert.Equal("memory allocation failed, heap is locked", Message(e));
        Assert.Equal(1, heap.Unlock());
        Assert.Throws<PyException>(() => heap.Allocate(1));
        Assert.Equal(0, heap.Unlock());
        Assert.Equal(0, heap.Unlock());
        heap.Allocate(1);
        Assert.Equal(32, heap.AllocatedBytes);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(7, 8)]
    [InlineData(13, 17)]
    [InlineData(100, 127)]
    public void MapTablesGrowThroughMicroPythonsSizes(int count, int size)
    {
        Assert.Equal(size, MapAllocation.SizeFor(count));
    }

    private static string Message(PyException e) => Ops.Str(((ExceptionObject)e.Value).Args.Items[0]);
}
