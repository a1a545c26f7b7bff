using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Memory;

/// <summary>
/// What objects cost on the heap, seen from Python as a delta of <c>gc.mem_alloc()</c> across a collection, on a
/// 64-bit board (32-byte blocks). Expected block counts are gc-and-memory.md §9's, most of them measured there on
/// MicroPython's 64-bit unix build.
/// </summary>
public sealed class ObjectSizeTests
{
    /// <summary>Blocks kept alive by <paramref name="expression"/> (names are bound before the measurement so the
    /// module dict does not grow during it).</summary>
    internal static long Blocks(string setup, string expression, int wordBytes = 8)
    {
        var source =
            "import gc\n" + setup + "\n" +
            "x = None\na = 0\nb = 0\n" +
            "gc.collect()\na = gc.mem_alloc()\n" +
            "x = " + expression + "\n" +
            "gc.collect()\nb = gc.mem_alloc()\nprint(b - a)\n";
        var (output, error) = InterpreterTests.Run(source, rt => rt.WordSizeBytes = wordBytes);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return long.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture) / (4 * wordBytes);
    }

    [Theory]
    [InlineData("n = 10", "'a' * n", 2)]
    [InlineData("n = 31", "'a' * n", 2)]
    [InlineData("n = 32", "'a' * n", 3)]
    [InlineData("n = 63", "'a' * n", 3)]
    [InlineData("n = 64", "'a' * n", 4)]
    [InlineData("n = 100", "'a' * n", 5)]
    [InlineData("n = 10", "b'a' * n", 2)]
    [InlineData("n = 100", "bytearray(n)", 5)]
    [InlineData("n = 32", "bytearray(n)", 2)]
    [InlineData("n = 64", "bytearray(n)", 3)]
    [InlineData("", "[]", 2)]
    [InlineData("n = 1", "[n, n, n, n]", 2)]
    [InlineData("n = 1", "[n, n, n, n, n]", 3)]
    [InlineData("n = 1", "[n] * 10", 4)]
    [InlineData("", "{}", 1)]
    [InlineData("n = 1", "{n: n}", 2)]
    [InlineData("n = 1", "(n, n, n)", 2)]
    [InlineData("", "set()", 1)]
    [InlineData("n = 3", "range(n)", 1)]
    [InlineData("f = 1.5", "f * 2", 1)]
    [InlineData("n = 2 ** 62 - 1", "n + 1", 2)]
    [InlineData("n = 2 ** 61", "n + 1", 0)]
    [InlineData("n = 2 ** 200", "n + 1", 2)]
    [InlineData("class C:\n    pass", "C()", 1)]
    [InlineData("class C:\n    def __init__(self):\n        self.a = 1", "C()", 2)]
    [InlineData("class C:\n    def m(self):\n        pass\nc = C()", "c.m", 1)]
    [InlineData("def mk():\n    def f():\n        pass\n    return f", "mk()", 1)]
    [InlineData("n = 5", "n", 0)]
    public void ObjectsCostWhatTheyCostInMicroPython(string setup, string expression, long blocks)
    {
        Assert.Equal(blocks, Blocks(setup, expression));
    }

    // Word-based objects take the same blocks on a 32-bit board (16-byte blocks); byte payloads scale.
    [Theory]
    [InlineData("", "[]", 2)]
    [InlineData("n = 1", "(n, n, n)", 2)]
    [InlineData("n = 100", "bytearray(n)", 8)]
    [InlineData("n = 2 ** 30 - 1", "n + 1", 2)]
    [InlineData("n = 2 ** 29", "n + 1", 0)]
    public void ThirtyTwoBitBoardsUseSixteenByteBlocks(string setup, string expression, long blocks)
    {
        Assert.Equal(blocks, Blocks(setup, expression, wordBytes: 4));
    }

    [Fact]
    public void ListsGrowByDoublingAsMicroPythonsDo()
    {
        // 9 appends to an empty list: capacity 4 -> 8 -> 16, so 1 + 16 words / 4 = 5 blocks.
        Assert.Equal(5, Blocks("def build():\n    l = []\n    for i in range(9):\n        l.append(i)\n    return l", "build()"));
    }
}
