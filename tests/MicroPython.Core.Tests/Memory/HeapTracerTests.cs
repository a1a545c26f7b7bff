using System.Collections.Generic;
using MicroPython.Memory;
using MicroPython.Objects;
using Xunit;

namespace MicroPython.Tests.Memory;

/// <summary>The mark phase: each object counted once however often it is reached, leaves skipped, str sizes exact.</summary>
public sealed class HeapTracerTests
{
    [Fact]
    public void TheMarkSetAddsEachObjectOnceAcrossGrowth()
    {
        var set = new MarkSet(0);
        var objects = new List<PyObject>();
        for (int i = 0; i < 5000; i++)
        {
            objects.Add(new CellObject(null));
        }

        foreach (var o in objects)
        {
            Assert.True(set.Add(o));
        }

        foreach (var o in objects)
        {
            Assert.False(set.Add(o));
        }

        Assert.Equal(5000, set.Count);
    }

    [Fact]
    public void ObjectsReachedManyTimesAreCountedOnce()
    {
        var heap = new HeapAccountant(1 << 20, 8);
        var previous = HeapAccountant.Detach();
        try
        {
            heap.MakeCurrent();
            var shared = new StrObject(new string('x', 40));   // 1 + 2 blocks (41 bytes of data)
            var list = new ListObject();
            for (int i = 0; i < 3000; i++)
            {
                list.Append(shared);
                list.Append(StrObject.Intern("name"));        // a qstr: outside the heap
            }

            heap.Roots = t => t.Mark(list);
            heap.Collect();
            var census = heap.Census();
            Assert.Equal(2, census.LiveObjects);
            Assert.Equal(list.HeapBlocks(heap) + 3, census.LiveBlocks);
            Assert.Equal(census.LiveBlocks * 32, heap.AllocatedBytes);
        }
        finally
        {
            HeapAccountant.Attach(previous);
        }
    }

    [Theory]
    [InlineData("abc", 1)]                            // 3 + NUL bytes
    [InlineData("0123456789012345678901234567890", 1)] // 31 + NUL = 32
    [InlineData("01234567890123456789012345678901", 2)] // 32 + NUL = 33
    [InlineData("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", 2)] // 16 chars, 32 UTF-8 bytes
    public void AStrIsSizedByItsUtf8BytesOnEveryCollection(string text, long dataBlocks)
    {
        var heap = new HeapAccountant(1 << 20, 8);
        var s = new StrObject(text);
        Assert.Equal(1 + dataBlocks, s.HeapBlocks(heap));
        Assert.Equal(1 + dataBlocks, s.HeapBlocks(heap));   // the second time from what the first learnt
    }
}
