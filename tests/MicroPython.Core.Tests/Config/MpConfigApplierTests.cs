using MicroPython.Config;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Config;

/// <summary>MpConfigApplier: options reach the runtime's fields, and disabled features disappear.</summary>
public sealed class MpConfigApplierTests : System.IDisposable
{
    /// <summary>
    /// The runtimes here become current on the test thread with non-default settings (single floats, TERSE errors);
    /// leave a default one current so tests that run next on the thread are not affected.
    /// </summary>
    public void Dispose() => PyRuntime.Create();

    private static MpConfig Config(params (string, string)[] values) =>
        MpConfigResolver.Resolve(new[]
        {
            MpConfigLayer.From(MpConfigLayer.Port, null, ("MICROPY_CONFIG_ROM_LEVEL", "EXTRA_FEATURES"), ("MICROPY_LONGINT_IMPL", "MPZ"), ("MICROPY_FLOAT_IMPL", "DOUBLE")),
            MpConfigLayer.From(MpConfigLayer.CommandLine, null, values),
        });

    [Fact]
    public void RuntimeFieldsTakeTheConfiguredValues()
    {
        var runtime = PyRuntime.Create();
        var config = Config(
            ("MICROPY_ERROR_REPORTING", "TERSE"),
            ("MICROPY_LONGINT_IMPL", "LONGLONG"),
            ("MICROPY_FLOAT_IMPL", "FLOAT"),
            ("MICROPY_ENABLE_COMPILER", "0"),
            ("MICROPY_HEAP_SIZE", "64k"),
            ("MICROPY_BYTES_PER_WORD", "4"),
            ("MICROPY_MAX_RECURSION_DEPTH", "77"),
            ("MICROPY_OPT_LEVEL", "2"),
            ("MICROPY_KBD_EXCEPTION", "0"));
        MpConfigApplier.Apply(config, runtime);
        Assert.Same(config, runtime.Config);
        Assert.Equal(ErrorReportingLevel.Terse, runtime.ErrorReporting);
        Assert.Equal(LongIntImplementation.LongLong, runtime.LongIntImpl);
        Assert.Equal(FloatImplementation.Float, runtime.FloatImpl);
        Assert.False(runtime.CompilerEnabled);
        Assert.Equal(65536, runtime.HeapSizeBytes);
        Assert.Equal(4, runtime.WordSizeBytes);
        Assert.Equal(77, runtime.MaxRecursionDepth);
        Assert.Equal(2, runtime.OptimizationLevel);
        Assert.Same(BoolObject.False, runtime.Builtins.GetOrNull("__debug__"));
        Assert.Equal(-1, runtime.InterruptChar);
    }

    [Fact]
    public void DisabledBuiltinsAreRemovedAndOthersStay()
    {
        var runtime = PyRuntime.Create();
        MpConfigApplier.Apply(Config(("MICROPY_PY_BUILTINS_MIN_MAX", "0"), ("MICROPY_PY_BUILTINS_FROZENSET", "false")), runtime);
        Assert.Null(runtime.Builtins.GetOrNull("min"));
        Assert.Null(runtime.Builtins.GetOrNull("max"));
        Assert.Null(runtime.Builtins.GetOrNull("frozenset"));
        Assert.NotNull(runtime.Builtins.GetOrNull("set"));
        Assert.NotNull(runtime.Builtins.GetOrNull("len"));
    }

    [Fact]
    public void DisabledModulesAreUnregisteredWhoeverRegisteredThem()
    {
        var runtime = PyRuntime.Create();
        runtime.BuiltinModules["heapq"] = _ => new ModuleObject("heapq"); // as a module plug-in would
        MpConfigApplier.Apply(Config(("MICROPY_PY_HEAPQ", "0"), ("MICROPY_PY_JSON", "0")), runtime);
        Assert.False(runtime.BuiltinModules.ContainsKey("heapq"));
        Assert.False(runtime.BuiltinModules.ContainsKey("json"));
        Assert.True(runtime.BuiltinModules.ContainsKey("micropython"));
    }

    [Fact]
    public void DisabledSysAttributesAreMissingFromSys()
    {
        var runtime = PyRuntime.Create();
        MpConfigApplier.Apply(Config(("MICROPY_PY_SYS_MAXSIZE", "0"), ("MICROPY_PY_SYS_STDFILES", "0")), runtime);
        var sys = runtime.BuiltinModules["sys"](runtime);
        Assert.Null(sys.Globals.GetOrNull("maxsize"));
        Assert.Null(sys.Globals.GetOrNull("stdout"));
        Assert.Null(sys.Globals.GetOrNull("exc_info")); // off by default; the unix port turns it on
        Assert.NotNull(sys.Globals.GetOrNull("argv"));
        Assert.NotNull(sys.Globals.GetOrNull("exit"));
    }
}
