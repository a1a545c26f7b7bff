using MicroPython.Config;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary><c>MICROPY_LONGINT_IMPL</c>: how ints beyond the small-int range are represented.</summary>
public enum LongIntImplementation
{
    /// <summary>No big ints: a result outside the small-int range raises <c>OverflowError</c>.</summary>
    None = 0,

    /// <summary>64-bit signed ints (<c>long long</c>); overflow raises <c>OverflowError</c>.</summary>
    LongLong = 1,

    /// <summary>Arbitrary precision (MicroPython's mpz): the unix port's default.</summary>
    Mpz = 2,
}

/// <summary><c>MICROPY_FLOAT_IMPL</c>: the precision of <c>float</c>.</summary>
public enum FloatImplementation
{
    /// <summary>No float type.</summary>
    None = 0,

    /// <summary>IEEE single precision (most MCU boards, e.g. the pyboard).</summary>
    Float = 1,

    /// <summary>IEEE double precision (the unix port).</summary>
    Double = 2,
}

// The options the configuration sets on a runtime once, at creation. Each is a plain field or property so the
// VM and the objects read it without going through the configuration. The configuration layer (MpConfig)
// binds these; the features that honour them own their behaviour.
public sealed partial class PyRuntime
{
    /// <summary>
    /// The configuration this runtime was built from (set by <see cref="MpConfigApplier"/>), for modules and
    /// plug-ins that read an option once at start-up; null for a runtime created without one.
    /// </summary>
    public MpConfig? Config { get; set; }

    /// <summary><c>MICROPY_LONGINT_IMPL</c>.</summary>
    public LongIntImplementation LongIntImpl { get; set; } = LongIntImplementation.Mpz;

    /// <summary><c>MICROPY_FLOAT_IMPL</c>.</summary>
    /// <remarks>
    /// Floats read it on every creation, so it is mirrored into a per-thread flag of <see cref="FloatObject"/> for the
    /// thread where this runtime is current. NONE also removes <c>float</c> and <c>complex</c> from the builtins.
    /// </remarks>
    public FloatImplementation FloatImpl
    {
        get => _floatImpl;
        set
        {
            _floatImpl = value;
            SingleFloats = value == FloatImplementation.Float;
            if (ReferenceEquals(t_current, this))
            {
                FloatObject.UseImplementation(value);
            }

            if (value == FloatImplementation.None)
            {
                Builtins.Remove(StrObject.Intern("float"));
                Builtins.Remove(StrObject.Intern("complex"));
            }
        }
    }

    private FloatImplementation _floatImpl = FloatImplementation.Double;

    /// <summary><see cref="FloatImpl"/> is FLOAT: the interpreter's float fast paths round their results to single
    /// precision (read there instead of <see cref="FloatObject"/>'s per-thread flag, which costs a TLS look-up).</summary>
    internal bool SingleFloats;

    /// <summary>
    /// The language features the compiler accepts (<c>MICROPY_PY_FSTRINGS</c>, <c>MICROPY_PY_ASYNC_AWAIT</c>,
    /// <c>MICROPY_PY_ASSIGN_EXPR</c>); the optimisation level is taken from <see cref="OptimizationLevel"/> instead.
    /// </summary>
    public Compiler.CompileOptions CompilerFeatures { get; set; } = Compiler.CompileOptions.Default;

    /// <summary><c>MICROPY_ENABLE_SOURCE_LINE</c>: tracebacks show <c>, line N</c> for each frame.</summary>
    public bool SourceLinesInTracebacks { get; set; } = true;

    /// <summary><c>MICROPY_ENABLE_COMPILER</c>: false leaves only precompiled (.mpy) and frozen code runnable.</summary>
    public bool CompilerEnabled { get; set; } = true;

    // Until the configuration sets a port's size (unix: 2 MiB, as MicroPython's): large enough for the bench
    // programs, of which string_build needs about 12 MB of MicroPython heap.
    private long _heapSizeBytes = 16 * 1024 * 1024;
    private int _wordSizeBytes = 8;

    /// <summary>Heap size in bytes (board RAM for the Python heap, <c>-X heapsize=</c>); reconfigures <see cref="Heap"/>.</summary>
    public long HeapSizeBytes
    {
        get => _heapSizeBytes;
        set
        {
            _heapSizeBytes = value;
            Heap.Configure(value, _wordSizeBytes);
        }
    }

    /// <summary>Machine word size of the board in bytes (4 on 32-bit MCUs, 8 on 64-bit hosts); GC blocks are four words.</summary>
    public int WordSizeBytes
    {
        get => _wordSizeBytes;
        set
        {
            _wordSizeBytes = value;
            Heap.Configure(_heapSizeBytes, value);
        }
    }
}
