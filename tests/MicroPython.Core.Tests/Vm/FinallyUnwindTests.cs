using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// A <c>return</c> or <c>break</c>/<c>continue</c> passing through a finally leaves two values on the stack (value or
/// destination, and the marker) where the finally body was compiled for one; the frame's state has room for that at
/// every nesting level (these failed with an internal IndexOutOfRange error when the prelude's depth was all there was).
/// </summary>
public sealed class FinallyUnwindTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    [Theory]
    [InlineData("def h():\n    while True:\n        try:\n            break\n        finally:\n            print('fin')\n    return 1\nprint(h())", "fin\n1\n")]
    [InlineData("for i in range(3):\n    try:\n        break\n    finally:\n        print('fin', i, [i])\nprint('done')", "fin 0 [0]\ndone\n")]
    [InlineData("def f(a, b):\n    for i in range(3):\n        try:\n            try:\n                break\n            finally:\n                print('in', a, b, [i])\n        finally:\n            print('out', a, b, [a, b, i])\n    return a + b\nprint(f(1, 2))", "in 1 2 [0]\nout 1 2 [1, 2, 0]\n3\n")]
    [InlineData("def g(a):\n    try:\n        try:\n            return a\n        finally:\n            print('f1', a, [a, a])\n    finally:\n        print('f2', a, [a, a, a])\nprint(g(7))", "f1 7 [7, 7]\nf2 7 [7, 7, 7]\n7\n")]
    [InlineData("def c(n):\n    r = []\n    for j in range(n):\n        try:\n            if j < 2:\n                continue\n        finally:\n            r.append((j, [j, str(j)]))\n    return r\nprint(c(3))", "[(0, [0, '0']), (1, [1, '1']), (2, [2, '2'])]\n")]
    public void UnwindingThroughFinallyBodiesThatUseTheStack(string source, string expected) => Assert.Equal(expected, Ok(source));
}
