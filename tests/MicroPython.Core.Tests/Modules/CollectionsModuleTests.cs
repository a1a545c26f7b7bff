using MicroPython.Modules.Collections;
using MicroPython.Sdk.Modules;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>
/// The collections plug-in in-process: heap accounting of deques (charged like MicroPython's, items traced by a
/// collection), the optional parts, and the reprs that MicroPython gives and CPython 3.11 does not.
/// </summary>
public sealed class CollectionsModuleTests
{
    private static readonly ModuleDefinition[] s_collections = { CollectionsModule.Definition };

    private static string Ok(string source, params (string, string)[] options) => PluginModuleHost.Ok(source, s_collections, options: options);

    private static string Error(string source, params (string, string)[] options) => PluginModuleHost.Error(source, s_collections, options: options);

    [Fact]
    public void BoundedDequeIsChargedItsWholeBufferUpFront()
    {
        // MicroPython allocates maxlen + 1 words at construction: 1001 words = 8008 bytes on a 64-bit board.
        Assert.Equal("True True\n", Ok(
            "import gc\nfrom collections import deque\ngc.collect()\na = gc.mem_alloc()\nd = deque((), 1000)\nb = gc.mem_alloc()\n" +
            "print(8008 <= b - a < 8200, len(d) == 0)"));
    }

    [Fact]
    public void ItemsHeldOnlyByADequeSurviveACollection()
    {
        Assert.Equal("True\n", Ok(
            "import gc\nfrom collections import deque\ngc.collect()\na = gc.mem_alloc()\nd = deque((), 2)\nd.append(list(range(2000)))\nd.append(1)\n" +
            "gc.collect()\nprint(gc.mem_alloc() - a > 2000 * 8)"));
    }

    [Fact]
    public void DequeLargerThanTheHeapIsAMemoryError()
    {
        Assert.StartsWith("MemoryError: memory allocation failed", Error("from collections import deque\ndeque((), 2**60)"));
        Assert.StartsWith("MemoryError: memory allocation failed", Error("from collections import deque\ndeque((), 2**63 - 1)"));
    }

    [Fact]
    public void DequeReprAndErrorsAreMicroPythons()
    {
        Assert.Equal("<deque> <deque>\n", Ok("from collections import deque\nd = deque([1], 3)\nprint(d, repr(d))"));
        Assert.Equal("IndexError: empty", Error("from collections import deque\ndeque((), 3).popleft()"));
        Assert.Equal("IndexError: full", Error("from collections import deque\nd = deque((), 1, 1)\nd.append(1)\nd.append(2)"));
        Assert.Equal("IndexError: deque index out of range", Error("from collections import deque\ndeque([1], 3)[1]"));
        Assert.Equal("TypeError: deque indices must be integers, not str", Error("from collections import deque\ndeque([1], 3)['a']"));
        Assert.Equal("TypeError: 'deque' object doesn't support item deletion", Error("from collections import deque\nd = deque([1], 3)\ndel d[0]"));
    }

    [Fact]
    public void OptionalPartsFollowTheirOptions()
    {
        const string Code = "import collections\nprint(hasattr(collections, 'deque'), hasattr(collections, 'OrderedDict'), hasattr(collections, 'namedtuple'))";
        Assert.Equal("True True True\n", Ok(Code));
        Assert.Equal("False True True\n", Ok(Code, ("MICROPY_PY_COLLECTIONS_DEQUE", "0")));
        Assert.Equal("True False True\n", Ok(Code, ("MICROPY_PY_COLLECTIONS_ORDEREDDICT", "0")));
        Assert.Equal("TypeError: 'deque' object isn't iterable", Error("from collections import deque\nlist(deque([1], 2))", ("MICROPY_PY_COLLECTIONS_DEQUE_ITER", "0")));
        Assert.Equal("TypeError: 'deque' object isn't subscriptable", Error("from collections import deque\ndeque([1], 2)[0]", ("MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR", "0")));
        Assert.Equal("TypeError: 'deque' object doesn't support item assignment", Error("from collections import deque\nd = deque([1], 2)\nd[0] = 1", ("MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR", "0")));
    }

    [Fact]
    public void OrderedDictPrintsItsTypeAroundTheDictForm()
    {
        Assert.Equal(
            "OrderedDict({'b': 1, 'a': OrderedDict({})})\nOrderedDict({'self': OrderedDict({...})})\n",
            Ok("from collections import OrderedDict\nd = OrderedDict(b=1)\nd['a'] = OrderedDict()\nprint(d)\ns = OrderedDict()\ns['self'] = s\nprint(s)"));
    }

    [Fact]
    public void OrderedDictEqualityIsOrderedOnlyBetweenOrderedDicts()
    {
        Assert.Equal(
            "False True True True\n",
            Ok("from collections import OrderedDict as O\na = O([(1, 1), (2, 2)])\nb = O([(2, 2), (1, 1)])\nprint(a == b, a == dict(b), dict(a) == b, a != b)"));
    }

    [Fact]
    public void NamedtupleErrorTexts()
    {
        const string Def = "from collections import namedtuple\nT = namedtuple('T', 'a b')\n";
        Assert.Equal("TypeError: T() takes 2 positional arguments but 3 were given", Error(Def + "T(1, 2, 3)"));
        Assert.Equal("TypeError: unexpected keyword argument 'c'", Error(Def + "T(1, c=2)"));
        Assert.Equal("TypeError: function got multiple values for argument 'a'", Error(Def + "T(1, a=2)"));
        Assert.Equal("AttributeError: can't set attribute", Error(Def + "T(1, 2).a = 5"));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error("from collections import namedtuple\nnamedtuple('T', ['a', 1])"));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error("from collections import namedtuple\nnamedtuple(1, 'a')"));
    }

    [Fact]
    public void NamedtupleInstancesAreTuplesOfTheirType()
    {
        Assert.Equal(
            "T(a=1, b=(2,)) T True True ('a', 'b')\n",
            Ok("from collections import namedtuple\nT = namedtuple('T', 'a b')\nt = T(1, (2,))\nprint(t, type(t).__name__, isinstance(t, tuple), type(t) is T, T._fields)"));
    }
}
