using System.IO;
using MicroPython.Sdk.Repl;
using Xunit;

namespace MicroPython.Tests.Repl;

public sealed class ReplHistoryTests
{
    [Fact]
    public void KeepsNonEmptyLinesNewestFirstWithoutRepeatingTheNewest()
    {
        var h = new ReplHistory(3);
        h.Push("a");
        h.Push("");
        h.Push("a");
        h.Push("b");
        h.Push("a");
        Assert.Equal(3, h.Count);
        Assert.Equal("a", h[0]);
        Assert.Equal("b", h[1]);
        Assert.Equal("a", h[2]);
        h.Push("c");
        Assert.Equal(3, h.Count);
        Assert.Equal("c", h[0]);
        Assert.Equal("b", h[2]);
    }

    [Fact]
    public void SavesOldestFirstAndLoadsBack()
    {
        var path = Path.Combine(Path.GetTempPath(), "mpnet-hist-" + Path.GetRandomFileName());
        try
        {
            var h = new ReplHistory(ReplHistory.UnixCapacity);
            h.Push("first");
            h.Push("second");
            h.Save(path);
            Assert.Equal("first\nsecond\n", File.ReadAllText(path));
            var loaded = new ReplHistory(ReplHistory.UnixCapacity);
            loaded.Load(path);
            Assert.Equal("second", loaded[0]);
            Assert.Equal("first", loaded[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingFileLoadsNothing()
    {
        var h = new ReplHistory(ReplHistory.BoardCapacity);
        h.Load(Path.Combine(Path.GetTempPath(), "mpnet-no-such-history-" + Path.GetRandomFileName()));
        Assert.Equal(0, h.Count);
    }
}
