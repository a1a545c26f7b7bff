using System;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>
/// The options that shape the collections, random and time plug-ins, through the real launcher: each one set on
/// the command line changes what a program sees, as on a MicroPython build with that option.
/// </summary>
public sealed class CollectionsRandomTimeFlagTests
{
    private const int TimeoutMs = 30000;

    private static LauncherProcess.Result Run(params string[] args) => LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, args);

    private static string LastLine(LauncherProcess.Result r) => r.Stdout.TrimEnd('\n')[(r.Stdout.TrimEnd('\n').LastIndexOf('\n') + 1)..];

    [Fact]
    public void StandardBuildHasEveryPart()
    {
        var r = Run("-c", "import collections, random, time\n" +
            "print(sorted(k for k in dir(collections) if not k.startswith('_')))\n" +
            "print(sorted(k for k in dir(random) if not k.startswith('_')))\n" +
            "print(sorted(k for k in dir(time) if not k.startswith('_')))");
        Assert.Equal(
            "['OrderedDict', 'deque', 'namedtuple']\n" +
            "['choice', 'getrandbits', 'randint', 'random', 'randrange', 'seed', 'uniform']\n" +
            "['gmtime', 'localtime', 'mktime', 'sleep', 'sleep_ms', 'sleep_us', 'ticks_add', 'ticks_cpu', 'ticks_diff', 'ticks_ms', 'ticks_us', 'time', 'time_ns']\n",
            r.Stdout);
    }

    [Theory]
    [InlineData("MICROPY_PY_COLLECTIONS_DEQUE", "from collections import deque", "ImportError: can't import name deque")]
    [InlineData("MICROPY_PY_COLLECTIONS_ORDEREDDICT", "from collections import OrderedDict", "ImportError: can't import name OrderedDict")]
    [InlineData("MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR", "from collections import deque\nd = deque([1], 2)\nprint(len(d))\nd[0]", "TypeError: 'deque' object isn't subscriptable")]
    [InlineData("MICROPY_PY_COLLECTIONS_DEQUE_ITER", "from collections import deque\nd = deque([1], 2)\nprint(d[0])\nfor x in d: pass", "TypeError: 'deque' object isn't iterable")]
    [InlineData("MICROPY_PY_RANDOM_EXTRA_FUNCS", "import random\nprint(random.getrandbits(1) < 2)\nrandom.randint(1, 2)", "AttributeError: module 'random' has no attribute 'randint'")]
    public void OptionOffRemovesItsPart(string option, string code, string error)
    {
        var on = Run("-c", code.Replace("\nd[0]", "\nprint(d[0])").Replace("for x in d: pass", "print(list(d))").Replace("random.randint(1, 2)", "print(random.randint(1, 1))"));
        Assert.Equal(0, on.ExitCode);
        var off = Run("--set", option + "=0", "-c", code);
        Assert.Equal(1, off.ExitCode);
        Assert.Equal(error, LastLine(off));
    }

    [Fact]
    public void AsDictComesWithItsOptionAndReturnsAnOrderedDict()
    {
        const string Code = "from collections import namedtuple\nP = namedtuple('P', 'y x')\nprint(hasattr(P(1, 2), '_asdict'))\nprint(P(1, 2)._asdict())";
        Assert.Equal("False", Run("-c", Code).Stdout.Split('\n')[0]);
        Assert.Equal("True\nOrderedDict({'y': 1, 'x': 2})\n", Run("--set", "MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT=1", "-c", Code).Stdout);
        Assert.Equal(
            "True\n{'y': 1, 'x': 2}\n",
            Run("--set", "MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT=1", "--set", "MICROPY_PY_COLLECTIONS_ORDEREDDICT=0", "-c", Code).Stdout);
    }

    [Fact]
    public void WithoutFloatsTimeIsAnIntAndRandomHasNoFloatFunctions()
    {
        var r = Run("--set", "MICROPY_FLOAT_IMPL=NONE", "-c", "import time, random\nprint(type(time.time()).__name__, hasattr(random, 'random'), hasattr(random, 'uniform'), hasattr(random, 'randint'))");
        Assert.Equal("int False False True\n", r.Stdout);
    }

    [Fact]
    public void ThirtyTwoBitBoardsWrapTicksAtTwoToTheThirty()
    {
        const string Code = "import time\nprint(time.ticks_add(0, -1), time.ticks_diff(0, 1), time.ticks_ms() < 2**30)";
        Assert.Equal("1073741823 -1 True\n", Run("--set", "MICROPY_BYTES_PER_WORD=4", "-c", Code).Stdout);
        Assert.Equal("4611686018427387903 -1 True\n", Run("-c", Code).Stdout);
    }

    [Fact]
    public void MinimalBoardHasNoneOfThem()
    {
        var r = Run("--board", "minimal", "-c", "for m in ('collections', 'random', 'time'):\n  try:\n    __import__(m)\n  except ImportError as e:\n    print(e)");
        Assert.Equal("no module named 'collections'\nno module named 'random'\nno module named 'time'\n", r.Stdout);
    }

    [Fact]
    public void TerseErrorsShortenNamedtupleArgumentErrors()
    {
        const string Code = "from collections import namedtuple\nnamedtuple('P', 'x y')(1)";
        Assert.Equal("TypeError: P() takes 2 positional arguments but 1 were given", LastLine(Run("-c", Code)));
        Assert.Equal("TypeError: argument num/types mismatch", LastLine(Run("--set", "MICROPY_ERROR_REPORTING=TERSE", "-c", Code)));
    }

    [Fact]
    public void HugeDequeIsAMemoryErrorNotACrash()
    {
        var r = Run("-c", "from collections import deque\ntry:\n  deque((), 2**40)\nexcept MemoryError:\n  print('MemoryError')\nd = deque((), 1000)\nd.append(1)\nprint(len(d))");
        Assert.Equal("MemoryError\n1\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }
}
