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

    /// <summary><c>MICROPY_PY_FSTRINGS</c>.</summary>
    public const string FStrings = "MICROPY_PY_FSTRINGS";

    /// <summary><c>MICROPY_PY_ASYNC_AWAIT</c>.</summary>
    public const string AsyncAwait = "MICROPY_PY_ASYNC_AWAIT";

    /// <summary><c>MICROPY_PY_ASSIGN_EXPR</c>.</summary>
    public const string AssignExpr = "MICROPY_PY_ASSIGN_EXPR";

    private static readonly MpOption[] s_options =
    {
        // --- presets and core behaviour ---
        new(RomLevel, MpOptionKind.Enum, "feature level: the default of every option not set explicitly", _ => Names[1])
        {
            EnumNames = Names,
            EnumValues = new[] { Minimum, CoreFeatures, BasicFeatures, ExtraFeatures, FullFeatures, Everything },
        },
        Enum(ErrorReporting, new[] { "NONE", "TERSE", "NORMAL", "DETAILED" },
            c => c.AtLeast(FullFeatures) ? "DETAILED" : c.AtLeast(CoreFeatures) ? "NORMAL" : "TERSE",
            "detail of exception messages"),
        Enum(LongIntImpl, new[] { "NONE", "LONGLONG", "MPZ" }, _ => "NONE", "ints beyond the small-int range: none, 64-bit or arbitrary precision"),
        Enum(FloatImpl, new[] { "NONE", "FLOAT", "DOUBLE" }, _ => "NONE", "float type: none, single or double precision"),
        Flag(EnableCompiler, CoreFeatures, "the compiler: without it only precompiled (.mpy) and frozen code runs"),
        Flag(SourceLine, ExtraFeatures, "line numbers in tracebacks"),
        // 8 MB is the runtime's own default (PyRuntime.HeapSizeBytes), so a runtime behaves the same with or without a
        // configuration; a port or board states its real RAM.
        new(HeapSize, MpOptionKind.Size, "bytes of Python heap", _ => "8388608") { Min = 700 },
        new(BytesPerWord, MpOptionKind.Int, "machine word of the board in bytes (4 or 8): sizes objects and GC blocks", _ => "8")
        {
            Min = 4, Max = 8, Choices = new long[] { 4, 8 },
        },
        new(MaxRecursionDepth, MpOptionKind.Int, "Python call depth that raises RuntimeError: maximum recursion depth exceeded", _ => "1000")
        {
            Min = 8, Max = 1_000_000,
        },
        new(OptLevel, MpOptionKind.Int, "initial optimisation level (-O): 1+ drops asserts and sets __debug__ false", _ => "0")
        {
            Min = 0, Max = 3,
        },

        // --- language features the compiler accepts (off: a syntax error) ---
        Flag(FStrings, ExtraFeatures, "f-string literals"),
        Flag(AsyncAwait, CoreFeatures, "async def, await, async for/with"),
        Flag(AssignExpr, CoreFeatures, "the := operator"),

        // --- built-in functions, types and constants (0 removes the names from builtins) ---
        Builtin("MICROPY_PY_BUILTINS_SET", c => c.AtLeast(CoreFeatures), "set"),
        Builtin("MICROPY_PY_BUILTINS_FROZENSET", c => c.AtLeast(ExtraFeatures), "frozenset"),
        Builtin("MICROPY_PY_BUILTINS_BYTEARRAY", c => c.AtLeast(CoreFeatures), "bytearray"),
        Builtin("MICROPY_PY_BUILTINS_MEMORYVIEW", c => c.AtLeast(ExtraFeatures), "memoryview"),
        Builtin("MICROPY_PY_BUILTINS_COMPLEX", c => c.ValueOf(FloatImpl) != "NONE", "complex"),
        Builtin("MICROPY_PY_BUILTINS_PROPERTY", c => c.AtLeast(CoreFeatures), "property"),
        Builtin("MICROPY_PY_BUILTINS_ENUMERATE", c => c.AtLeast(CoreFeatures), "enumerate"),
        Builtin("MICROPY_PY_BUILTINS_FILTER", c => c.AtLeast(CoreFeatures), "filter"),
        Builtin("MICROPY_PY_BUILTINS_REVERSED", c => c.AtLeast(CoreFeatures), "reversed"),
        Builtin("MICROPY_PY_BUILTINS_MIN_MAX", c => c.AtLeast(CoreFeatures), "min", "max"),
        Builtin("MICROPY_PY_BUILTINS_NOTIMPLEMENTED", c => c.AtLeast(ExtraFeatures), "NotImplemented"),
        Builtin("MICROPY_PY_BUILTINS_INPUT", c => c.AtLeast(ExtraFeatures), "input"),
        Builtin("MICROPY_PY_BUILTINS_EVAL_EXEC", c => c.IsOn(EnableCompiler), "eval", "exec"),
        Builtin("MICROPY_PY_BUILTINS_COMPILE", c => c.AtLeast(ExtraFeatures) && c.IsOn(EnableCompiler), "compile"),
        Builtin("MICROPY_PY_BUILTINS_EXECFILE", c => c.AtLeast(ExtraFeatures) && c.IsOn(EnableCompiler), "execfile"),

        // --- modules (0 makes `import name` raise ImportError; module plug-ins read their flag too) ---
        ModuleFlag("MICROPY_PY_MICROPYTHON", CoreFeatures, "micropython"),
        ModuleFlag("MICROPY_PY_GC", CoreFeatures, "gc"),
        ModuleFlag("MICROPY_PY_JSON", ExtraFeatures, "json"),
        ModuleFlag("MICROPY_PY_HEAPQ", ExtraFeatures, "heapq"),
        ModuleFlag("MICROPY_PY_BINASCII", ExtraFeatures, "binascii"),
        new("MICROPY_PY_BINASCII_CRC32", MpOptionKind.Bool, "binascii.crc32 (read by the binascii plug-in)", c => c.AtLeast(ExtraFeatures) && c.IsOn("MICROPY_PY_BINASCII") ? "1" : "0"),

        // --- sys attributes (0 removes them from the sys module) ---
        SysFlag("MICROPY_PY_SYS_EXIT", _ => true, "exit"),
        SysFlag("MICROPY_PY_SYS_MAXSIZE", c => c.AtLeast(ExtraFeatures), "maxsize"),
        SysFlag("MICROPY_PY_SYS_STDFILES", c => c.AtLeast(ExtraFeatures), "stdin", "stdout", "stderr"),
        SysFlag("MICROPY_PY_SYS_PS1_PS2", c => c.AtLeast(ExtraFeatures), "ps1", "ps2"),
        SysFlag("MICROPY_PY_SYS_EXC_INFO", _ => false, "exc_info"),
        SysFlag("MICROPY_PY_SYS_ATEXIT", _ => false, "atexit"),
    };
}
