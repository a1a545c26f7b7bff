using System.Collections.Generic;
using System.IO;
using MicroPython.Sdk.Firmware;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>
/// The runtime-bound options (integer and float implementation, compiler, heap size, word size) set through the real
/// launcher with <c>--set</c> or the environment, observed by the Python code they change.
/// </summary>
public sealed class ConfigBehaviourLauncherTests
{
    private const int Timeout = 30000;

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-configfx-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static LauncherProcess.Result Set(string option, string code) =>
        LauncherProcess.Run(TempDir(), null, Timeout, "--set", option, "-c", code);

    [Theory]
    [InlineData("x = 2**62\nprint(x * 4)", "OverflowError: small int overflow", true)]
    [InlineData("x = 4611686018427387903\nprint(x)\nprint(x + 1)", "OverflowError: small int overflow", true)]
    [InlineData("print(int('4611686018427387904'))", "OverflowError: long int not supported in this build", true)]
    [InlineData("import sys\nprint(sys.maxsize)\nprint(sys.maxsize + 1)", "OverflowError: small int overflow", true)]
    [InlineData("print(2 ** 100)", "OverflowError: small int overflow", true)]
    [InlineData("print(int('123456789012345678901234567890'))", "OverflowError: long int not supported in this build", true)]
    [InlineData("print(12345678901234567890123)", "OverflowError: long int not supported in this build", false)] // a compile error: nothing runs
    public void LongIntNoneOverflowsPastSmallInts(string code, string error, bool runsFirstLine)
    {
        Assert.Equal("1267650600228229401496703205376\n", LauncherProcess.Run(TempDir(), null, Timeout, "-c", "print(2 ** 100)").Stdout);
        var r = Set("MICROPY_LONGINT_IMPL=NONE", "print(1 << 30, -2**61 * 2)\n" + code);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(runsFirstLine, r.Stdout.StartsWith("1073741824 -4611686018427387904\n", System.StringComparison.Ordinal));
        Assert.EndsWith(error + "\n", r.Stdout);
    }

    [Fact]
    public void LongIntNoneOn32BitWordsHas31BitSmallInts()
    {
        var r = LauncherProcess.Run(TempDir(), null, Timeout, "--set", "MICROPY_LONGINT_IMPL=NONE", "--set", "MICROPY_BYTES_PER_WORD=4", "-c",
            "import sys\nprint(sys.maxsize, -2**29 * 2)\nx = 2**29\nprint(x * 2)");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("1073741823 -1073741824\n", r.Stdout);
        Assert.EndsWith("OverflowError: small int overflow\n", r.Stdout);
    }

    [Theory]
    [InlineData("print(9223372036854775807 + 1)")]
    [InlineData("print(3 ** 40)")]
    [InlineData("print(int('99999999999999999999'))")]
    public void LongIntLongLongOverflowsPast64Bits(string code)
    {
        var r = Set("MICROPY_LONGINT_IMPL=LONGLONG", "print(2 ** 62 + (2 ** 62 - 1), 3 ** 39)\n" + code);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("9223372036854775807 4052555153018976267\n", r.Stdout);
        Assert.EndsWith("OverflowError: result overflows long long storage\n", r.Stdout);
    }

    [Fact]
    public void LongIntNoneFromTheEnvironment()
    {
        var env = new Dictionary<string, string?> { ["MICROPY_LONGINT_IMPL"] = "NONE" };
        var r = LauncherProcess.RunWithEnvironment(TempDir(), env, null, Timeout, "-c", "print(2 ** 100)");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("OverflowError: small int overflow\n", r.Stdout);
    }

    [Fact]
    public void FloatImplFloatIsSinglePrecision()
    {
        const string code = "print(1/3, 0.1 + 0.2, 2.0 ** 0.5)";
        Assert.Equal("0.3333333333333333 0.30000000000000004 1.4142135623730951\n", LauncherProcess.Run(TempDir(), null, Timeout, "-c", code).Stdout);
        var r = Set("MICROPY_FLOAT_IMPL=FLOAT", code);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("0.33333334 0.3 1.4142135\n", r.Stdout);
    }

    [Fact]
    public void FloatImplNoneHasNoFloat()
    {
        var r = Set("MICROPY_FLOAT_IMPL=NONE", "print(7 // 2)\nimport builtins\nprint(hasattr(builtins, 'float'))\nfloat");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("3\nFalse\nTraceback (most recent call last):\n  File \"<stdin>\", line 4, in <module>\nNameError: name 'float' isn't defined\n", r.Stdout);
        var literal = Set("MICROPY_FLOAT_IMPL=NONE", "print(1.5)");
        Assert.Equal(1, literal.ExitCode);
        Assert.EndsWith("SyntaxError: decimal numbers not supported\n", literal.Stdout);
    }

    [Fact]
    public void CompilerDisabledRefusesScriptsButRunsMpyCrossOutput()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "prog.py"), "import sys\nprint('compiled', __name__, sys.argv)\n");
        var script = LauncherProcess.Run(dir, null, Timeout, "--set", "MICROPY_ENABLE_COMPILER=0", "prog.py");
        Assert.Equal(1, script.ExitCode);
        Assert.EndsWith("RuntimeError: script compilation not supported\n", script.Combined);
        Assert.DoesNotContain("compiled", script.Stdout);

        var cross = LauncherProcess.RunMpyCross(dir, Timeout, "prog.py");
        Assert.True(cross.ExitCode == 0, cross.Combined);
        File.Delete(Path.Combine(dir, "prog.py")); // so -m can only find the .mpy
        var module = LauncherProcess.Run(dir, null, Timeout, "--set", "MICROPY_ENABLE_COMPILER=0", "-m", "prog", "x");
        Assert.Equal(0, module.ExitCode);
        Assert.Equal("compiled __main__ ['prog', 'x']\n", module.Combined);
    }

    /// <summary>
    /// The pool a heap of <paramref name="bytes"/> gets with a finaliser table (gc-and-memory.md §1):
    /// A = floor((T − 1)·8 / (8 + 4 + 32·B)) table bytes, pool = A·4 blocks of B bytes; B is 4 words.
    /// </summary>
    private static int PoolBytes(int bytes, int wordSize)
    {
        int block = 4 * wordSize;
        int table = (bytes - 1) * 8 / (8 + 4 + 32 * block);
        return table * 4 * block;
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    public void HeapSize16kGivesTheFactsPoolAndRunsOut(int wordSize)
    {
        const string code = "import gc\nprint(gc.mem_free() + gc.mem_alloc())\nl = []\ntry:\n  while True:\n    l.append([0] * 8)\n"
            + "except MemoryError:\n  l = None\n  print('MemoryError')\n";
        var r = LauncherProcess.Run(TempDir(), null, Timeout, "--set", "MICROPY_HEAP_SIZE=16k", "--set", "MICROPY_BYTES_PER_WORD=" + wordSize, "-c", code);
        Assert.True(r.ExitCode == 0, r.Combined);
        Assert.Equal($"{PoolBytes(16 * 1024, wordSize)}\nMemoryError\n", r.Stdout);
    }

    [Fact]
    public void FourByteWordsHalveWordSizedAllocations()
    {
        // An empty instance is one block (4 words) either way; a list of 100 slots is 1 block + 100 words. Both are
        // counted in words, so their bytes halve with 4-byte words (16-byte blocks).
        const string code = "import gc\nr = None\ndef delta(f):\n  global r\n  r = None\n  gc.collect()\n  a = gc.mem_alloc()\n"
            + "  r = f()\n  gc.collect()\n  return gc.mem_alloc() - a\nclass C:\n  pass\nprint(delta(C), delta(lambda: [0] * 100))\n";
        var wide = LauncherProcess.Run(TempDir(), null, Timeout, "-c", code);
        var narrow = Set("MICROPY_BYTES_PER_WORD=4", code);
        Assert.True(wide.ExitCode == 0 && narrow.ExitCode == 0, wide.Combined + narrow.Combined);
        var w = wide.Stdout.Trim().Split(' ');
        var n = narrow.Stdout.Trim().Split(' ');
        Assert.Equal("32", w[0]); // one 32-byte block on the default 64-bit heap
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(0, int.Parse(n[i]) % 16);
            Assert.Equal(int.Parse(w[i]), 2 * int.Parse(n[i]));
        }
    }

    /// <summary>A bundle with no frozen modules whose firmware.json carries <paramref name="settings"/>.</summary>
    private static string BundleWith(params (string Key, string Value)[] settings)
    {
        var dir = TempDir();
        var bundle = new FirmwareBundle();
        foreach (var (key, value) in settings)
        {
            bundle.Config[key] = value;
        }

        bundle.Save(dir);
        return dir;
    }

    [Fact]
    public void FirmwareSettingsAreALayerBetweenBoardAndUserFile()
    {
        var fw = BundleWith(("MICROPY_PY_JSON", "0"), ("MICROPY_LONGINT_IMPL", "LONGLONG"));
        var off = LauncherProcess.Run(TempDir(), null, Timeout, "--firmware", fw, "-c", "import json");
        Assert.Equal(1, off.ExitCode);
        Assert.EndsWith("ImportError: no module named 'json'\n", off.Stdout);

        var shown = LauncherProcess.Run(TempDir(), null, Timeout, "--firmware", fw, "--show-config");
        Assert.Equal(0, shown.ExitCode);
        Assert.Matches(@"(?m)^MICROPY_PY_JSON\s+= 0\s+\(firmware\)$", shown.Stdout);

        // The user file and the command line still win over the image.
        var user = TempDir();
        File.WriteAllText(Path.Combine(user, "mpconfig.json"), "{ \"MICROPY_PY_JSON\": true }");
        var on = LauncherProcess.Run(user, null, Timeout, "--firmware", fw, "-c", "import json\nprint(json.dumps([1]))");
        Assert.Equal("[1]\n", on.Stdout);
        var big = LauncherProcess.Run(TempDir(), null, Timeout, "--firmware", fw, "--set", "MICROPY_LONGINT_IMPL=MPZ", "-c", "print(2 ** 100)");
        Assert.Equal("1267650600228229401496703205376\n", big.Stdout);
    }

    [Fact]
    public void FirmwareWithABadKeyNamesTheKeyAndTheLayer()
    {
        var fw = BundleWith(("MICROPY_PY_JSNO", "0"));
        var r = LauncherProcess.Run(TempDir(), null, Timeout, "--firmware", fw, "-c", "print(1)");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"micropython: configuration error: MICROPY_PY_JSNO=0 from firmware {Path.Combine(Path.GetFullPath(fw), FirmwareBundle.IndexFileName)}: unknown option\n",
            r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }
}
