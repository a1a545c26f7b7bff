using System.IO;
using MicroPython.Compiler;
using MicroPython.Mpy;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary><see cref="PyRuntime.CompilerEnabled"/> = false (MICROPY_ENABLE_COMPILER off): precompiled code only.</summary>
public sealed class CompilerlessRuntimeTests
{
    private static (PyRuntime Runtime, StringWriter Output) Create()
    {
        var runtime = PyRuntime.Create();
        var output = new StringWriter();
        runtime.Stdout = output;
        runtime.CompilerEnabled = false;
        return (runtime, output);
    }

    [Fact]
    public void CompileSourceRaisesRuntimeError()
    {
        var (runtime, _) = Create();
        var e = Assert.Throws<PyException>(() => runtime.CompileSource("1", "<stdin>", CompileMode.Single));
        Assert.Same(ExceptionTypes.RuntimeError, e.Value.Type);
        Assert.Equal("script compilation not supported", Ops.Str(e.Value));
    }

    [Fact]
    public void PrecompiledCodeRunsAndItsCompileRequestsFail()
    {
        var (runtime, output) = Create();
        const string Source = """
            for f in (lambda: exec('x = 1'), lambda: eval('1'), lambda: compile('1', 'f', 'eval')):
                try:
                    f()
                except RuntimeError as e:
                    print(type(e).__name__, e)
            print(sum(i * i for i in range(4)))
            """;
        var module = MpyReader.Read(MpyWriterTests.CompileToMpy(Source));
        runtime.Execute(module, new DictObject());
        Assert.Equal(
            "RuntimeError script compilation not supported\nRuntimeError script compilation not supported\n"
            + "RuntimeError script compilation not supported\n14\n",
            output.ToString());
    }

    [Fact]
    public void FrozenModulesImportWithoutTheCompiler()
    {
        var (runtime, output) = Create();
        runtime.Path.Append(new StrObject(FrozenModules.PathEntry));
        runtime.Frozen.AddMpy("greet.py", MpyWriterTests.CompileToMpy("def hello(n):\n    return 'hi ' + n\n", "greet.py"));
        runtime.Frozen.AddMpy("main.py", MpyWriterTests.CompileToMpy("import greet\nprint(greet.hello('there'), greet.__file__)\n", "main.py"));
        runtime.ExecuteFrozen(new ModuleObject("__main__"), "main.py");
        Assert.Equal("hi there greet.py\n", output.ToString());
    }

    [Fact]
    public void FrozenCodeIsLoadedOnceAndShared()
    {
        // Like code in flash, a frozen module's code objects are shared by every import; only namespaces are new.
        var (runtime, _) = Create();
        runtime.Frozen.AddMpy("m.py", MpyWriterTests.CompileToMpy("def f():\n    pass\n", "m.py"));
        var first = new ModuleObject("m");
        var second = new ModuleObject("m");
        runtime.ExecuteFrozen(first, "m.py");
        runtime.ExecuteFrozen(second, "m.py");
        var f1 = Assert.IsType<FunctionObject>(first.Globals.GetOrNull(StrObject.Intern("f")));
        var f2 = Assert.IsType<FunctionObject>(second.Globals.GetOrNull(StrObject.Intern("f")));
        Assert.NotSame(f1, f2);
        Assert.Same(f1.Code, f2.Code);
    }

    [Fact]
    public void BrokenFrozenModuleIsRejectedWhenAdded()
    {
        var (runtime, _) = Create();
        var e = Assert.Throws<PyException>(() => runtime.Frozen.AddMpy("x.py", new byte[] { 0x4D, 6, 0, 31, 0x80 }));
        Assert.Same(ExceptionTypes.ValueError, e.Value.Type);
        Assert.Null(runtime.Frozen.Find("x.py"));
    }
}
