using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Vm;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// Finished frames are kept per code object for reuse (<see cref="Frame.Rent"/>): a call-return-call sequence and
/// recursion reuse them, the list is bounded, and a reused frame starts clean.
/// </summary>
public sealed class FrameReuseTests
{
    private static (string Output, PyRuntime Runtime) Run(string source)
    {
        PyRuntime? runtime = null;
        var (output, error) = InterpreterTests.Run(source, rt => runtime = rt);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return (output, runtime!);
    }

    private static CodeObject CodeOf(PyRuntime runtime, string name)
    {
        var main = (ModuleObject)runtime.Modules.GetOrNull(StrObject.Intern("__main__"))!;
        return ((FunctionObject)main.Globals.GetOrNull(StrObject.Intern(name))!).Code;
    }

    [Fact]
    public void RecursionReusesFramesAndKeepsABoundedNumber()
    {
        var (output, runtime) = Run("""
            def depth(n):
                return 0 if n == 0 else 1 + depth(n - 1)
            print(depth(10), depth(200), depth(200))
            """);
        Assert.Equal("10 200 200\n", output);
        var code = CodeOf(runtime, "depth");

        // One spare first, then at most the bound behind it; every spare is cleared.
        Assert.NotNull(code.SpareFrame);
        Assert.InRange(code.SpareFrames, 1, 64);
        int count = 0;
        for (var f = code.SpareFrame; f != null; f = f.NextSpare)
        {
            count++;
            Assert.Equal(-1, f.Sp);
            Assert.Null(f.Back);
            Assert.All(f.State, slot => Assert.Null(slot.Value));
        }

        Assert.Equal(code.SpareFrames + 1, count);
    }

    [Fact]
    public void ReusedFrameDoesNotSeeThePreviousCallsLocals()
    {
        // The second call's local is unbound until assigned: a recycled frame must not carry the first call's value.
        var (output, _) = Run("""
            def f(first):
                if first:
                    x = 'old'
                    return x
                try:
                    return x
                except NameError:
                    return 'unbound'
            def rec(n):
                return [f(True), f(False)] if n == 0 else rec(n - 1)
            print(f(True), f(False), rec(5))
            """);
        Assert.Equal("old unbound ['old', 'unbound']\n", output);
    }
}
