using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// FOR_ITER and YIELD_FROM resume a generator inside the running dispatch loop (Interpreter.Generators.cs) instead
/// of through <see cref="GeneratorObject.Resume"/>: yields, returns, exceptions, tracebacks, the running flag, the
/// call depth and the collector's view of the suspended resumer must be exactly what the native resume gives.
/// </summary>
public sealed class InlineGeneratorResumeTests
{
    private static (string Output, PyRuntime Runtime) Ok(string source, int maxDepth = 0)
    {
        PyRuntime? runtime = null;
        var (output, error) = InterpreterTests.Run(source, rt =>
        {
            runtime = rt;
            if (maxDepth > 0)
            {
                rt.MaxRecursionDepth = maxDepth;
            }
        });
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return (output, runtime!);
    }

    [Fact]
    public void ForLoopsOverGeneratorsSeeEveryValueAndTheEnd()
    {
        var (output, runtime) = Ok("""
            def count(n):
                i = 0
                while i < n:
                    yield i
                    i += 1
                return 'done'
            def evens(g):
                for x in g:
                    if x % 2 == 0:
                        yield x
            out = []
            for v in evens(count(7)):
                for w in count(2):
                    out.append((v, w))
            print(out)
            g = count(2)
            for x in g:
                pass
            try:
                next(g)
            except StopIteration as e:
                print('finished', e.value)
            for x in g:
                print('never')
            for x in count(3):
                if x == 1:
                    break
            print('broke at', x)
            """);
        Assert.Equal(
            "[(0, 0), (0, 1), (2, 0), (2, 1), (4, 0), (4, 1), (6, 0), (6, 1)]\nfinished None\nbroke at 1\n",
            output);
        Assert.Equal(0, runtime.CallDepth);
    }

    [Fact]
    public void YieldFromChainsPassSentValuesAndReturnValues()
    {
        var (output, runtime) = Ok("""
            def echo():
                total = 0
                while True:
                    v = yield total
                    if v is None:
                        return total
                    total += v
            def middle():
                r = yield from echo()
                yield 'middle got %d' % r
                return r * 2
            def outer():
                r = yield from middle()
                yield 'outer got %d' % r
            o = outer()
            print(next(o), o.send(3), o.send(4), o.send(None), next(o))
            def flat(n):
                if n:
                    yield from flat(n - 1)
                    yield n
            print(list(flat(5)), [x for x in flat(3)])
            for x in outer():
                print(x)
                if x != 0:
                    break
            """);
        Assert.Equal("0 3 7 middle got 7 outer got 14\n[1, 2, 3, 4, 5] [1, 2, 3]\n0\nmiddle got 0\n", output);
        Assert.Equal(0, runtime.CallDepth);
    }

    [Fact]
    public void ExceptionsLeaveTheGeneratorFinishedAndRaiseAtTheLoop()
    {
        var (output, _) = Ok("""
            def boom(n):
                yield n
                raise ValueError(n)
            def relay():
                yield from boom(2)
            for src in (boom(1), relay()):
                try:
                    for x in src:
                        print('got', x)
                except ValueError as e:
                    print('caught', e.args)
                print(next(src, 'exhausted'))
            def stops():
                yield 1
                raise StopIteration
            try:
                for x in stops():
                    pass
            except RuntimeError as e:
                print('RuntimeError', x)
            def guarded():
                try:
                    yield 1
                    yield 2
                finally:
                    print('finally')
            for x in guarded():
                pass
            """);
        Assert.Equal(
            "got 1\ncaught (1,)\nexhausted\ngot 2\ncaught (2,)\nexhausted\nRuntimeError 1\nfinally\n",
            output);
    }

    [Fact]
    public void TracebackListsTheGeneratorAndEachResumer()
    {
        var (_, error) = InterpreterTests.Run("""
            def inner():
                yield 1
                1 // 0
            def outer():
                yield from inner()
            def main():
                for x in outer():
                    pass
            main()
            """);
        Assert.NotNull(error);
        Assert.Equal(
            "Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 9, in <module>\n"
            + "  File \"<stdin>\", line 7, in main\n"
            + "  File \"<stdin>\", line 5, in outer\n"
            + "  File \"<stdin>\", line 3, in inner\n"
            + "ZeroDivisionError: divide by zero\n",
            TracebackPrinter.Format(error!.Value));
    }

    [Fact]
    public void AGeneratorRunningInlineIsMarkedExecuting()
    {
        var (output, _) = Ok("""
            def selfish():
                try:
                    next(me)
                except ValueError as e:
                    print(e)
                yield 1
                try:
                    me.send(None)
                except ValueError as e:
                    print(e)
            me = selfish()
            print([x for x in me])
            def pending():
                yield 1
                yield 2
            p = pending()
            print(next(p), p.pend_throw(KeyError('queued')))
            try:
                for x in p:
                    print('never', x)
            except KeyError as e:
                print('pend_throw raised', e.args)
            """);
        Assert.Equal(
            "generator already executing\ngenerator already executing\n[1]\n1 None\npend_throw raised ('queued',)\n",
            output);
    }

    [Fact]
    public void RecursionThroughInlineResumesHitsTheLimitAndRestoresTheDepth()
    {
        var (output, runtime) = Ok("""
            def nest(n):
                for x in nest(n + 1):
                    yield x
                yield n
            try:
                for x in nest(0):
                    pass
            except RuntimeError as e:
                print(e)
            def deep(n):
                if n:
                    yield from deep(n - 1)
                yield n
            print(sum(deep(100)))
            """, maxDepth: 400);
        Assert.Equal("maximum recursion depth exceeded\n5050\n", output);
        Assert.Equal(0, runtime.CallDepth);
    }

    [Fact]
    public void TheCollectorSeesTheSuspendedResumersLocals()
    {
        // gc.collect() inside an inline-resumed generator must still count what only its resumer's frame holds.
        var (output, _) = Ok("""
            import gc
            def measure():
                gc.collect()
                yield gc.mem_alloc()
            def main():
                big = [None] * 4000
                for inside in measure():
                    pass
                gc.collect()
                outside = gc.mem_alloc()
                print(len(big), abs(inside - outside) < 4000)
            main()
            """);
        Assert.Equal("4000 True\n", output);
    }

    [Fact]
    public void BuiltinsConsumingAGeneratorGiveTheirResultsAndRaiseAtTheCall()
    {
        var (output, runtime) = Ok("""
            def g(n):
                for i in range(n):
                    yield i
            def chain(*gs):
                for x in gs:
                    yield from x
            print(sum(g(5)), max(g(5)), min(g(5)), any(g(1)), all(g(0)), sum(chain(g(3), g(3))))
            seen = []
            def traced(n):
                for i in range(n):
                    seen.append(i)
                    yield i
            left = traced(9)
            print(any(x == 2 for x in left), next(left), seen)
            for f in (sum, max):
                try:
                    f(x for x in (1, 'a', 2))
                except TypeError:
                    print('TypeError')
            """);
        Assert.Equal("10 4 0 False True 6\nTrue 3 [0, 1, 2, 3]\nTypeError\nTypeError\n", output);
        Assert.Equal(0, runtime.CallDepth);

        var (_, error) = InterpreterTests.Run("""
            def g():
                yield 1
                yield None
            def main():
                return sum(g())
            main()
            """);
        Assert.NotNull(error);
        Assert.Equal(
            "Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 6, in <module>\n"
            + "  File \"<stdin>\", line 5, in main\n"
            + "TypeError: unsupported types for __add__: 'int', 'NoneType'\n",
            TracebackPrinter.Format(error!.Value));
    }

    [Fact]
    public void SendThroughACallResumesInTheLoopAndEndsWithStopIteration()
    {
        var (output, runtime) = Ok("""
            def acc():
                total = 0
                while True:
                    v = yield total
                    if v is None:
                        return total
                    total += v
            a = acc()
            next(a)
            print([a.send(i) for i in range(4)], type(a).send(a, 10))
            try:
                a.send(None)
            except StopIteration as e:
                print('stop', e.value)
            def fails():
                yield
                yield 1 // 0
            f = fails()
            next(f)
            try:
                f.send(1)
            except ZeroDivisionError:
                print('raised at the call')
            print(next(f, 'finished'))
            """);
        Assert.Equal("[0, 1, 3, 6] 16\nstop 16\nraised at the call\nfinished\n", output);
        Assert.Equal(0, runtime.CallDepth);
    }
}
