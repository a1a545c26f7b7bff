using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>The heap as a user meets it: <c>-X heapsize=</c>, MemoryError and recovery, gc/micropython figures.</summary>
public sealed class HeapLauncherTests
{
    private static LauncherProcess.Result RunScript(string source, params string[] options)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-heap-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "t.py"), source);
        var args = new string[options.Length + 1];
        options.CopyTo(args, 0);
        args[^1] = "t.py";
        return LauncherProcess.Run(dir, null, 120000, args);
    }

    [Theory]
    [InlineData("16k", 16128)]
    [InlineData("8k", 8064)]
    [InlineData("1m", 1036416)]
    [InlineData(null, 16582784)]        // the runtime's default (16 MiB) until the configuration sets the port's
    public void HeapTotalIsThePoolOfTheConfiguredHeap(string? size, long total)
    {
        var r = size == null
            ? RunScript("import gc\nprint(gc.mem_free() + gc.mem_alloc())\n")
            : RunScript("import gc\nprint(gc.mem_free() + gc.mem_alloc())\n", "-X", "heapsize=" + size);
        Assert.Equal(total + "\n", r.Combined);
    }

    [Fact]
    public void GrowingAListOnASixteenKilobyteHeapRaisesMemoryErrorAndTheProgramRecovers()
    {
        const string source =
            "import gc\n" +
            "x = None\nn = 0\nmsg = None\ne = None\nlow = 0\n" +
            "gc.collect()\n" +
            "free0 = gc.mem_free()\n" +
            "x = []\n" +
            "try:\n" +
            "    while True:\n" +
            "        x.append([n, n])\n" +
            "        n += 1\n" +
            "except MemoryError as e:\n" +
            "    msg = e.args[0]\n" +
            "low = gc.mem_free()\n" +
            "x = None\n" +
            "gc.collect()\n" +
            "print(msg.startswith('memory allocation failed, allocating '), msg.endswith(' bytes'))\n" +
            "print(n > 100, low < 1024, free0 - gc.mem_free() < 512)\n" +
            "y = [0] * 1000\n" +
            "print(len(y))\n";
        var r = RunScript(source, "-X", "heapsize=16k");
        Assert.Equal("True True\nTrue True True\n1000\n", r.Combined);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void AnUncaughtMemoryErrorIsReportedAsMicroPythonDoes()
    {
        var r = RunScript("x = bytearray(100000)\n", "-X", "heapsize=16k");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("MemoryError: memory allocation failed, allocating 100000 bytes\n", r.Combined);
        Assert.DoesNotContain("   at ", r.Combined);
    }

    /// <summary>
    /// gc.mem_alloc() deltas of small programs on the default 64-bit heap. Expected figures, from the object sizes
    /// and growth rules of gc-and-memory.md §9 (32-byte blocks):
    /// [0]*1000 = list object 1 block + 1000 words (250 blocks) = 251 blocks = 8032 bytes;
    /// a dict of 100 keys 'key0'..'key99' = dict 1 block + table of 127 slots × 2 words (64 blocks) + 100 strs of
    /// 1 block + 1 data block each = 265 blocks = 8480 bytes;
    /// 50 instances in a list built by a comprehension = 50 × 1 block + list 1 block + 64 slots (16 blocks)
    /// = 67 blocks = 2144 bytes; bytearray(1024) = 1 + 32 blocks = 1056 bytes; nothing allocated = 0.
    /// </summary>
    [Fact]
    public void SmallProgramsAllocateWhatMicroPythonAllocates()
    {
        const string source =
            "import gc\n" +
            "r = None\na = 0\n" +
            "def delta(f):\n" +
            "    global r, a\n" +
            "    r = None\n" +
            "    gc.collect()\n" +
            "    a = gc.mem_alloc()\n" +
            "    r = f()\n" +
            "    gc.collect()\n" +
            "    return gc.mem_alloc() - a\n" +
            "def d100():\n" +
            "    d = {}\n" +
            "    for i in range(100):\n" +
            "        d['key%d' % i] = i\n" +
            "    return d\n" +
            "class C:\n" +
            "    pass\n" +
            "print(delta(lambda: None))\n" +
            "print(delta(lambda: [0] * 1000))\n" +
            "print(delta(d100))\n" +
            "print(delta(lambda: [C() for _ in range(50)]))\n" +
            "print(delta(lambda: bytearray(1024)))\n";
        var r = RunScript(source);
        var lines = r.Combined.Split('\n');
        Assert.True(lines.Length >= 5, r.Combined);
        long[] expected = { 0, 8032, 8480, 2144, 1056 };
        for (int i = 0; i < expected.Length; i++)
        {
            long got = long.Parse(lines[i], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(System.Math.Abs(got - expected[i]) <= expected[i] / 10, $"program {i}: {got} bytes, expected {expected[i]} ± 10%\n{r.Combined}");
        }
    }

    [Fact]
    public void MemInfoPrintsMicroPythonsLines()
    {
        var r = RunScript("import micropython\nmicropython.mem_info()\nmicropython.mem_info(1)\n", "-X", "heapsize=16k");
        var lines = r.Combined.Split('\n');
        Assert.Matches(@"^mem: total=\d+, current=\d+, peak=\d+$", lines[0]);
        Assert.Matches(@"^stack: \d+ out of \d+$", lines[1]);
        Assert.Matches(@"^GC: total: 16128, used: \d+, free: \d+$", lines[2]);
        Assert.Matches(@"^ No\. of 1-blocks: \d+, 2-blocks: \d+, max blk sz: \d+, max free sz: \d+$", lines[3]);
        Assert.Equal("GC memory layout; from 0:", lines[8]);
        Assert.Matches(@"^00000000: [TLDSAFBMh=.]{64}$", lines[9]);
        Assert.Contains("lines all free)", r.Combined);
    }

    [Theory]
    [InlineData("def f(n):\n    return f(n + 1)\nf(0)")]
    [InlineData("class R:\n    def __repr__(self):\n        return repr(self)\nrepr(R())")]
    [InlineData("class E:\n    def __eq__(self, o):\n        return self == o\nE() == E()")]
    [InlineData("def g():\n    yield from g()\nnext(g())")]
    [InlineData("a = []\nfor i in range(100000):\n    a = [a]\nrepr(a)", "-X", "heapsize=64m")]
    [InlineData("a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na == b", "-X", "heapsize=64m")]
    [InlineData("t = ()\nfor i in range(100000):\n    t = (t,)\nhash(t)", "-X", "heapsize=64m")]
    [InlineData("class G:\n    def __getattr__(self, n):\n        return getattr(self, n)\nG().x")]
    public void DeepRecursionIsARuntimeErrorEverywhere(string source, params string[] options)
    {
        // 100 000 nested containers need more than the default 2 MB heap, as they would in MicroPython.
        var r = RunScript(source + "\n", options);
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("RuntimeError: maximum recursion depth exceeded\n", r.Combined);
        Assert.DoesNotContain("   at ", r.Combined);
    }
}
