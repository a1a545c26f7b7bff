using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Vm;
using MicroPython.Vm.Tier1;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// Tier 1 in-process: a loop already running in the interpreter moves to compiled code at a loop head with its
/// iterator on the stack; exceptions raised in compiled code reach the interpreter's handlers (try/except/finally)
/// and name the same lines; what is not compiled hands the frame back and the result is unchanged.
/// </summary>
public sealed class Tier1Tests
{
    private static (string Output, PyRuntime Runtime) Run(string source, Tier1Mode mode)
    {
        PyRuntime? runtime = null;
        var (output, error) = InterpreterTests.Run(source, rt =>
        {
            runtime = rt;
            rt.Tier1 = mode;
        });
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return (output, runtime!);
    }

    private static CodeObject CodeOf(PyRuntime runtime, string name)
    {
        var main = (ModuleObject)runtime.Modules.GetOrNull(StrObject.Intern("__main__"))!;
        return ((FunctionObject)main.Globals.GetOrNull(StrObject.Intern(name))!).Code;
    }

    [Fact]
    public void ALoopCalledOnceMovesToCompiledCodeAtItsLoopHeadWithTheIteratorOnTheStack()
    {
        // One call, so only the loop's own backward jumps make it hot: compiled code must take over mid-loop,
        // with the for-iterator (and the outer loop's) already on the stack.
        var (output, runtime) = Run("""
            def run(data):
                total = 0
                for row in data:
                    for x in row:
                        total += x * 2
                return total
            print(run([list(range(100)) for _ in range(2000)]))
            """, Tier1Mode.On);
        Assert.Equal("19800000\n", output);
        var t = CodeOf(runtime, "run").Tier1;
        Assert.NotNull(t);
        Assert.True(t!.Entries >= 1);
    }

    [Fact]
    public void ACompiledInitCalledByTheLoopForAnInstantiationGivesTheInstanceOrTheTypeError()
    {
        // The interpreted caller instantiates in its loop (Frame.InitSelf) while __init__ is already compiled:
        // Run's return path for compiled frames must give the instance, and raise at the call for a non-None.
        var (output, runtime) = Run("""
            class P:
                def __init__(self, v):
                    self.v = v
            class Bad:
                def __init__(self, r=None):
                    return r
            p = P(0)
            b = Bad()
            # calls from native code (map) make both __init__s hot, so they are compiled before the loops below
            for _ in map(P.__init__, [p] * 300, range(300)):
                pass
            for _ in map(Bad.__init__, [b] * 300):
                pass
            ps = []
            for i in range(500):
                ps.append(P(i))
            print(type(ps[0]).__name__, ps[-1].v, sum(p.v for p in ps))
            for i in range(3):
                try:
                    Bad(i)
                    print("no error")
                except TypeError as e:
                    print(e)
            init = P.__init__
            badInit = Bad.__init__
            """, Tier1Mode.On);
        Assert.Equal("P 499 124750\n__init__() should return None, not 'int'\n"
            + "__init__() should return None, not 'int'\n__init__() should return None, not 'int'\n", output);
        Assert.NotNull(CodeOf(runtime, "init").Tier1);
        Assert.NotNull(CodeOf(runtime, "badInit").Tier1);
    }

    [Fact]
    public void OffNeverCompiles()
    {
        var (output, runtime) = Run("""
            def run(n):
                t = 0
                for i in range(n):
                    t += i
                return t
            print(run(100000))
            """, Tier1Mode.Off);
        Assert.Equal("4999950000\n", output);
        Assert.Null(CodeOf(runtime, "run").Tier1);
    }

    [Fact]
    public void ExceptionsInACompiledLoopReachTheHandlersAndFinallyBlocks()
    {
        var source = """
            def work(items):
                log = []
                for i in items:
                    try:
                        try:
                            if i % 3 == 0:
                                raise ValueError(i)
                            log.append(10 // (i % 4))
                        finally:
                            log.append('f')
                    except ValueError as e:
                        log.append(('v', e.args[0]))
                    except ZeroDivisionError:
                        log.append('z')
                        continue
                    log.append('.')
                return log
            print(work(range(9)))
            def first_negative(xs):
                for x in xs:
                    try:
                        if x < 0:
                            return x
                    finally:
                        pass
                return None
            print(first_negative([3, 1, -4, 1]))
            """;
        var (eager, runtime) = Run(source, Tier1Mode.Eager);
        var (interpreted, _) = Run(source, Tier1Mode.Off);
        Assert.Equal(interpreted, eager);
        Assert.NotNull(CodeOf(runtime, "work").Tier1);
    }

    [Fact]
    public void TracebacksFromCompiledCodeNameTheSameLines()
    {
        var source = """
            def inner(d, k):
                x = 1
                return d[k] + x
            def outer(n):
                total = 0
                for i in range(n):
                    total += inner({0: 1}, i)
                return total
            outer(5)
            """;
        string Traceback(Tier1Mode mode)
        {
            var (output, error) = InterpreterTests.Run(source, rt => rt.Tier1 = mode);
            Assert.NotNull(error);
            return output + TracebackPrinter.Format(error!.Value);
        }

        var interpreted = Traceback(Tier1Mode.Off);
        Assert.Contains("line 3, in inner", interpreted);
        Assert.Contains("line 7, in outer", interpreted);
        Assert.Equal(interpreted, Traceback(Tier1Mode.Eager));
    }

    [Fact]
    public void CodeWithOpcodesLeftToTheInterpreterStillRunsCorrectly()
    {
        // `with` and break out of try blocks hand the frame back (SETUP_WITH, UNWIND_JUMP); the loop continues
        // interpreted and compiled code takes over again at the next loop head.
        var source = """
            class C:
                def __enter__(self): return self
                def __exit__(self, *a): return False
            def run(n):
                out = 0
                for i in range(n):
                    with C():
                        out += i
                    while True:
                        try:
                            break
                        finally:
                            out += 1
                return out
            print(run(2000))
            """;
        Assert.Equal(Run(source, Tier1Mode.Off).Output, Run(source, Tier1Mode.Eager).Output);
        Assert.Equal("2001000\n", Run(source, Tier1Mode.On).Output);
    }

    [Fact]
    public void GeneratorsStayInterpreted()
    {
        var (output, runtime) = Run("""
            def gen(n):
                for i in range(n):
                    yield i * i
            print(sum(gen(1000)))
            """, Tier1Mode.Eager);
        Assert.Equal("332833500\n", output);
        Assert.Null(CodeOf(runtime, "gen").Tier1);
    }
}
