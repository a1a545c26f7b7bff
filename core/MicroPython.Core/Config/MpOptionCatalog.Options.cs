using static MicroPython.Config.MpRomLevel;

namespace MicroPython.Config;

// The catalogue: every option we honour, its default as a function of the ROM level (py/mpconfig.h's scheme,
// ../shared/facts/config-options.md), and what it changes. Ports and boards override defaults in their
// mpconfigport.json / mpconfigboard.json; users in mpconfig.json, MICROPY_* variables or --set.
public static partial class MpOptionCatalog
{
    /// <summary><c>MICROPY_CONFIG_ROM_LEVEL</c>.</summary>
    public const string RomLevel = "MICROPY_CONFIG_ROM_LEVEL";

    /// <summary><c>MICROPY_ERROR_REPORTING</c>.</summary>
    public const string ErrorReporting = "MICROPY_ERROR_REPORTING";

    /// <summary><c>MICROPY_LONGINT_IMPL</c>.</summary>
    public const string LongIntImpl = "MICROPY_LONGINT_IMPL";

    /// <summary><c>MICROPY_FLOAT_IMPL</c>.</summary>
    public const string FloatImpl = "MICROPY_FLOAT_IMPL";

    /// <summary><c>MICROPY_ENABLE_COMPILER</c>.</summary>
    public const string EnableCompiler = "MICROPY_ENABLE_COMPILER";

    /// <summary><c>MICROPY_HEAP_SIZE</c>: bytes of Python heap (what the unix port's <c>-X heapsize=</c> sets).</summary>
    public const string HeapSize = "MICROPY_HEAP_SIZE";

    /// <summary><c>MICROPY_BYTES_PER_WORD</c>: the board's machine word (4 or 8), the unit of heap accounting.</summary>
    public const string BytesPerWord = "MICROPY_BYTES_PER_WORD";

    /// <summary><c>MICROPY_MAX_RECURSION_DEPTH</c>: Python call depth that raises <c>RuntimeError: maximum recursion depth exceeded</c>.</summary>
    public const string MaxRecursionDepth = "MICROPY_MAX_RECURSION_DEPTH";

    /// <summary><c>MICROPY_OPT_LEVEL</c>: the initial <c>micropython.opt_level()</c> (what <c>-O</c> sets).</summary>
    public const string OptLevel = "MICROPY_OPT_LEVEL";

    /// <summary><c>MICROPY_ENABLE_SOURCE_LINE</c>.</summary>
    public const string SourceLine = "MICROPY_ENABLE_SOURCE_LINE";

    /// <summary><c>MICROPY_KBD_EXCEPTION</c>: Ctrl-C raises KeyboardInterrupt; <c>micropython.kbd_intr</c>.</summary>
    public const string KbdException = "MICROPY_KBD_EXCEPTION";

    /// <summary><c>MICROPY_PY_FSTRINGS</c>.</summary>
    public const string FStrings = "MICROPY_PY_FSTRINGS";

    /// <summary><c>MICROPY_PY_ASYNC_AWAIT</c>.</summary>
    public const string AsyncAwait = "MICROPY_PY_ASYNC_AWAIT";

    /// <summary><c>MICROPY_PY_ASSIGN_EXPR</c>.</summary>
    public const string AssignExpr = "MICROPY_PY_ASSIGN_EXPR";

    private static readonly MpOption[] s_options =
    {
        // --- presets and core behaviour ---
        new(RomLevel, MpOptionKind.Enum, "feature level: the default of every option not set explicitly", MpDefault.Always(Names[1]))
        {
            EnumNames = Names,
            EnumValues = new[] { Minimum, CoreFeatures, BasicFeatures, ExtraFeatures, FullFeatures, Everything },
        },
        Enum(ErrorReporting, new[] { "NONE", "TERSE", "NORMAL", "DETAILED" },
            MpDefault.PerLevel("TERSE", "NORMAL", "NORMAL", "NORMAL", "DETAILED", "DETAILED"),
            "detail of exception messages"),
        Enum(LongIntImpl, new[] { "NONE", "LONGLONG", "MPZ" }, MpDefault.Always("NONE"), "ints beyond the small-int range: none, 64-bit or arbitrary precision"),
        Enum(FloatImpl, new[] { "NONE", "FLOAT", "DOUBLE" }, MpDefault.Always("NONE"), "float type: none, single or double precision"),
        Flag(EnableCompiler, CoreFeatures, "the compiler: without it only precompiled (.mpy) and frozen code runs"),
        Flag(SourceLine, ExtraFeatures, "line numbers in tracebacks"),
        // 16 MiB is the runtime's own default (PyRuntime.HeapSizeBytes), so a runtime behaves the same with or without
        // a configuration; a port or board states its real RAM.
        new(HeapSize, MpOptionKind.Size, "bytes of Python heap", MpDefault.Always("16777216")) { Min = 700 },
        new(BytesPerWord, MpOptionKind.Int, "machine word of the board in bytes (4 or 8): sizes objects and GC blocks", MpDefault.Always("8"))
        {
            Min = 4, Max = 8, Choices = new long[] { 4, 8 },
        },
        new(MaxRecursionDepth, MpOptionKind.Int, "Python call depth that raises RuntimeError: maximum recursion depth exceeded", MpDefault.Always("1000"))
        {
            Min = 8, Max = 1_000_000,
        },
        new(OptLevel, MpOptionKind.Int, "initial optimisation level (-O): 1+ drops asserts and sets __debug__ false", MpDefault.Always("0"))
        {
            Min = 0, Max = 3,
        },

        // --- language features the compiler accepts (off: a syntax error) ---
        Flag(FStrings, ExtraFeatures, "f-string literals"),
        Flag(AsyncAwait, CoreFeatures, "async def, await, async for/with"),
        Flag(AssignExpr, CoreFeatures, "the := operator"),

        // --- built-in functions, types and constants (0 removes the names from builtins) ---
        Builtin("MICROPY_PY_BUILTINS_SET", CoreFeatures, null, "set"),
        Builtin("MICROPY_PY_BUILTINS_FROZENSET", ExtraFeatures, null, "frozenset"),
        Builtin("MICROPY_PY_BUILTINS_BYTEARRAY", CoreFeatures, null, "bytearray"),
        Builtin("MICROPY_PY_BUILTINS_MEMORYVIEW", ExtraFeatures, null, "memoryview"),
        Builtin("MICROPY_PY_BUILTINS_COMPLEX", Minimum, FloatImpl, "complex"),
        Builtin("MICROPY_PY_BUILTINS_PROPERTY", CoreFeatures, null, "property"),
        Builtin("MICROPY_PY_BUILTINS_ENUMERATE", CoreFeatures, null, "enumerate"),
        Builtin("MICROPY_PY_BUILTINS_FILTER", CoreFeatures, null, "filter"),
        Builtin("MICROPY_PY_BUILTINS_REVERSED", CoreFeatures, null, "reversed"),
        Builtin("MICROPY_PY_BUILTINS_MIN_MAX", CoreFeatures, null, "min", "max"),
        Builtin("MICROPY_PY_BUILTINS_NOTIMPLEMENTED", ExtraFeatures, null, "NotImplemented"),
        Builtin("MICROPY_PY_BUILTINS_INPUT", ExtraFeatures, null, "input"),
        Builtin("MICROPY_PY_BUILTINS_HELP", ExtraFeatures, null, "help"), // also the REPL banner's help() line
        Builtin("MICROPY_PY_BUILTINS_EVAL_EXEC", Minimum, EnableCompiler, "eval", "exec"),
        Builtin("MICROPY_PY_BUILTINS_COMPILE", ExtraFeatures, EnableCompiler, "compile"),
        Builtin("MICROPY_PY_BUILTINS_EXECFILE", ExtraFeatures, EnableCompiler, "execfile"),

        // --- modules (0 makes `import name` raise ImportError; module plug-ins read their flag too) ---
        ModuleFlag("MICROPY_PY_MICROPYTHON", CoreFeatures, "micropython"),
        ModuleFlag("MICROPY_PY_GC", CoreFeatures, "gc"),
        ModuleFlag("MICROPY_PY_IO", CoreFeatures, "io"),
        ModuleFlag("MICROPY_PY_MATH", CoreFeatures, "math", FloatImpl), // math and cmath need a float type
        ModuleFlag("MICROPY_PY_CMATH", ExtraFeatures, "cmath", FloatImpl),
        ModuleFlag("MICROPY_PY_OS", ExtraFeatures, "os"),
        ModuleFlag("MICROPY_PY_ERRNO", ExtraFeatures, "errno"),
        ModuleFlag("MICROPY_PY_JSON", ExtraFeatures, "json"),
        ModuleFlag("MICROPY_PY_HEAPQ", ExtraFeatures, "heapq"),
        ModuleFlag("MICROPY_PY_BINASCII", ExtraFeatures, "binascii"),
        Flag("MICROPY_PY_BINASCII_CRC32", ExtraFeatures, "binascii.crc32 (read by the binascii plug-in)", requires: "MICROPY_PY_BINASCII"),
        ModuleFlag("MICROPY_PY_ARRAY", CoreFeatures, "array"),
        Flag("MICROPY_PY_ARRAY_SLICE_ASSIGN", ExtraFeatures, "array slice assignment (read by the array plug-in)", requires: "MICROPY_PY_ARRAY"),
        ModuleFlag("MICROPY_PY_STRUCT", CoreFeatures, "struct"),
        ModuleFlag("MICROPY_PY_COLLECTIONS", CoreFeatures, "collections"),
        Flag("MICROPY_PY_COLLECTIONS_DEQUE", ExtraFeatures, "collections.deque (read by the collections plug-in)", requires: "MICROPY_PY_COLLECTIONS"),
        Flag("MICROPY_PY_COLLECTIONS_DEQUE_ITER", ExtraFeatures, "iteration over a deque", requires: "MICROPY_PY_COLLECTIONS_DEQUE"),
        Flag("MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR", ExtraFeatures, "deque[i] reads and stores", requires: "MICROPY_PY_COLLECTIONS_DEQUE"),
        Flag("MICROPY_PY_COLLECTIONS_ORDEREDDICT", ExtraFeatures, "collections.OrderedDict", requires: "MICROPY_PY_COLLECTIONS"),
        Flag("MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT", Everything, "namedtuple's _asdict()", requires: "MICROPY_PY_COLLECTIONS"),
        ModuleFlag("MICROPY_PY_RANDOM", ExtraFeatures, "random"),
        Flag("MICROPY_PY_RANDOM_EXTRA_FUNCS", ExtraFeatures, "random.randrange, randint, choice, random, uniform (read by the random plug-in)", requires: "MICROPY_PY_RANDOM"),
        ModuleFlag("MICROPY_PY_TIME", BasicFeatures, "time"),

        // --- module attributes (0 removes them from the module) ---
        AttributeFlag("MICROPY_PY_SYS_EXIT", Minimum, "sys", "exit"),
        AttributeFlag("MICROPY_PY_SYS_MAXSIZE", ExtraFeatures, "sys", "maxsize"),
        AttributeFlag("MICROPY_PY_SYS_STDFILES", ExtraFeatures, "sys", "stdin", "stdout", "stderr"),
        AttributeFlag("MICROPY_PY_SYS_PS1_PS2", ExtraFeatures, "sys", "ps1", "ps2"),
        AttributeFlag("MICROPY_PY_SYS_EXC_INFO", MpDefault.Never, "sys", "exc_info"),
        AttributeFlag("MICROPY_PY_SYS_ATEXIT", MpDefault.Never, "sys", "atexit"),
        AttributeFlag(KbdException, ExtraFeatures, "micropython", "kbd_intr"),
    };
}
