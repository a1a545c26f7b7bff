using System;
using System.IO;
using System.Threading;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>End-to-end VM tests: Python source through <see cref="PythonCompiler"/> and the interpreter.</summary>
public sealed class InterpreterTests
{
    internal static (string Output, PyException? Error) Run(string source, Action<PyRuntime>? setup = null)
    {
        var runtime = PyRuntime.Create();
        var output = new StringWriter();
        runtime.Stdout = output;
        runtime.Stderr = output;
        setup?.Invoke(runtime);
        var module = new ModuleObject("__main__");
        runtime.Modules.SetItem(StrObject.Intern("__main__"), module);
        try
        {
            runtime.Execute(PythonCompiler.Compile(source, "<stdin>", CompileMode.Exec), module.Globals);
            return (output.ToString(), null);
        }
        catch (PyException e)
        {
            return (output.ToString(), e);
        }
    }

    private static string Ok(string source)
    {
        var (output, error) = Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    private static string Fails(string source, out string output)
    {
        var (o, error) = Run(source);
        output = o;
        Assert.NotNull(error);
        return TracebackPrinter.Format(error!.Value);
    }

    [Fact]
    public void RecursionAndArithmetic()
    {
        Assert.Equal("610\n", Ok("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(15))\n"));
    }

    [Fact]
    public void ArgumentBindingForms()
    {
        var src = """
            def f(a, b=2, *args, c, d=4, **kw):
                return a, b, args, c, d, kw
            print(f(1, c=3))
            print(f(1, 5, 6, 7, c=8, e=9))
            print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))
            def g(a, b):
                return a - b
            print(g(b=1, a=3), g(*(5,), **{'b': 2}))
            """;
        Assert.Equal("(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 8, 4, {'e': 9})\n(1, 2, (3,), 0, 4, {'z': 1})\n2 3\n", Ok(src));
    }

    [Theory]
    [InlineData("def f(a, b): pass\nf(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given")]
    [InlineData("def f(a, b=1): pass\nf()", "TypeError: f() takes 1 positional arguments but 0 were given")]
    [InlineData("f = lambda a: a\nf()", "TypeError: <lambda>() takes 1 positional arguments but 0 were given")]
    [InlineData("def f(a): pass\nf(1, a=2)", "TypeError: function got multiple values for argument 'a'")]
    [InlineData("def f(a): pass\nf(b=2)", "TypeError: unexpected keyword argument 'b'")]
    [InlineData("def f(a, b): pass\nf(b=2)", "TypeError: function missing required positional argument #0")]
    [InlineData("def f(*, k): pass\nf(x=1)", "TypeError: unexpected keyword argument 'x'")]
    [InlineData("def f(*, k): pass\nf()", "TypeError: function missing keyword-only argument")]
    [InlineData("def f(*, k, j=1): pass\nf(j=2)", "TypeError: function missing required keyword argument 'k'")]
    [InlineData("def f(**kw): pass\nf(**{1: 2})", "TypeError: can't convert 'int' object to str implicitly")]
    [InlineData("def outer():\n    x = 1\n    def inner(a):\n        return x\n    return inner\nouter()()", "TypeError: inner() takes 2 positional arguments but 1 were given")]
    public void ArgumentErrors(string source, string lastLine)
    {
        var text = Fails(source, out _);
        Assert.EndsWith(lastLine + "\n", text);
    }

    [Fact]
    public void ClosuresShareCells()
    {
        var src = """
            def counter():
                n = 0
                def inc():
                    nonlocal n
                    n += 1
                    return n
                def get():
                    return n
                return inc, get
            inc, get = counter()
            inc(); inc()
            print(get(), type(inc).__name__)
            def late():
                fs = [lambda: i for i in range(3)]
                return [f() for f in fs]
            print(late())
            """;
        Assert.Equal("2 closure\n[2, 2, 2]\n", Ok(src));
    }

    [Fact]
    public void TryExceptFinallyElse()
    {
        var src = """
            def f(x):
                try:
                    r = 10 // x
                except ZeroDivisionError as e:
                    print('except', e)
                    return 'handled'
                else:
                    print('else', r)
                finally:
                    print('finally')
                return 'done'
            print(f(2))
            print(f(0))
            try:
                e
            except NameError:
                print('e deleted')
            """;
        Assert.Equal("else 5\nfinally\ndone\nexcept divide by zero\nfinally\nhandled\ne deleted\n", Ok(src));
    }

    [Fact]
    public void BreakContinueAndReturnThroughFinally()
    {
        var src = """
            def f():
                for i in range(5):
                    try:
                        if i == 1:
                            continue
                        if i == 3:
                            return i
                    finally:
                        print('fin', i)
            print(f())
            count = 0
            for i in range(3):
                try:
                    if i == 1:
                        raise IndexError
                    count += 1
                finally:
                    continue
            print('count', count)
            def g():
                try:
                    raise ValueError('lost')
                finally:
                    return 'swallowed'
            print(g())
            for i in range(3):
                try:
                    raise KeyError(i)
                finally:
                    break
            print('after break', i)
            """;
        Assert.Equal("fin 0\nfin 1\nfin 2\nfin 3\n3\ncount 2\nswallowed\nafter break 0\n", Ok(src));
    }

    [Fact]
    public void NestedExceptionHandlingAndReraise()
    {
        var src = """
            def f():
                try:
                    try:
                        raise ValueError('inner')
                    except ValueError:
                        raise
                except ValueError as e:
                    return 'outer got ' + str(e)
            print(f())
            try:
                try:
                    1 / 0
                except ZeroDivisionError:
                    raise KeyError('k')
            except KeyError as e:
                print('KeyError', e)
            try:
                raise ValueError
            except Exception as e:
                print(type(e).__name__, e.args)
            """;
        Assert.Equal("outer got inner\nKeyError k\nValueError ()\n", Ok(src));
    }

    [Fact]
    public void TracebackListsEveryFrameWithLines()
    {
        var src = "def a():\n    b()\n\ndef b():\n    x = 1\n    raise ValueError('bad')\n\na()\n";
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 8, in <module>\n  File \"<stdin>\", line 2, in a\n  File \"<stdin>\", line 6, in b\nValueError: bad\n",
            Fails(src, out _));
    }

    [Fact]
    public void ReraiseDoesNotAddTracebackLines()
    {
        var src = "def f():\n    try:\n        raise ValueError(1)\n    except ValueError:\n        raise\nf()\n";
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 6, in <module>\n  File \"<stdin>\", line 3, in f\nValueError: 1\n",
            Fails(src, out _));
    }

    [Fact]
    public void RaiseFromPrintsWarning()
    {
        var text = Fails("try:\n    1/0\nexcept Exception as e:\n    raise ValueError('x') from e\n", out var output);
        Assert.Equal("Warning: exception chaining not supported\n", output);
        Assert.EndsWith("ValueError: x\n", text);
        Assert.Equal("", Ok("try:\n    raise ValueError('x') from None\nexcept ValueError:\n    pass\n"));
    }

    [Fact]
    public void Generators()
    {
        var src = """
            def gen(n):
                for i in range(n):
                    x = yield i
                    if x:
                        print('sent', x)
                return 'end'
            g = gen(3)
            print(next(g), g.send('hi'), list(g))
            def inner():
                yield 1
                yield 2
                return 'r'
            def outer():
                r = yield from inner()
                print('inner returned', r)
                yield from [3, 4]
            print(list(outer()))
            print(sum(x * x for x in range(4)))
            try:
                gen(0).send(None)
            except StopIteration as e:
                print('stop', e.value)
            """;
        Assert.Equal("sent hi\n0 1 [2]\ninner returned r\n[1, 2, 3, 4]\n14\nstop end\n", Ok(src));
    }

    [Fact]
    public void GeneratorThrowAndClose()
    {
        var src = """
            def g():
                try:
                    yield 1
                    yield 2
                except ValueError as e:
                    print('caught', e)
                    yield 'recovered'
                finally:
                    print('cleanup')
            it = g()
            print(next(it))
            print(it.throw(ValueError('boom')))
            it.close()
            it = g()
            next(it)
            it.close()
            def stubborn():
                try:
                    yield 1
                except GeneratorExit:
                    yield 2
            s = stubborn()
            next(s)
            try:
                s.close()
            except RuntimeError as e:
                print(e)
            def bad():
                raise StopIteration
                yield
            try:
                next(bad())
            except RuntimeError as e:
                print(e)
            def first():
                yield
            try:
                first().send(1)
            except TypeError as e:
                print(e)
            def reenter():
                yield next(me)
            me = reenter()
            try:
                next(me)
            except ValueError as e:
                print(e)
            """;
        Assert.Equal(
            "1\ncaught boom\nrecovered\ncleanup\ncleanup\ngenerator ignored GeneratorExit\ngenerator raised StopIteration\n"
            + "can't send non-None value to a just-started generator\ngenerator already executing\n",
            Ok(src));
    }

    [Fact]
    public void YieldFromDelegatesThrowToSubGenerator()
    {
        var src = """
            def sub():
                try:
                    yield 1
                except KeyError:
                    yield 'sub caught'
                return 'sub done'
            def main():
                r = yield from sub()
                yield r
            m = main()
            print(next(m), m.throw(KeyError), next(m))
            """;
        Assert.Equal("1 sub caught sub done\n", Ok(src));
    }

    [Fact]
    public void PendThrowCloseThroughYieldFromAndThrowIntoPlainIterators()
    {
        var src = """
            def g():
                try:
                    yield 1
                    yield 2
                except ValueError as e:
                    print('got', e)
                    yield 3
            x = g()
            print(next(x), x.pend_throw(ValueError('p')), next(x))
            def sub():
                try:
                    yield 'a'
                finally:
                    print('sub closed')
            def outer():
                yield from sub()
            o = outer()
            print(next(o))
            o.close()
            def deleg():
                yield from iter([1, 2])
            d = deleg()
            print(next(d))
            try:
                d.throw(KeyError('k'))
            except KeyError as e:
                print('propagated', e)
            """;
        Assert.Equal("got p\n1 None 3\na\nsub closed\n1\npropagated k\n", Ok(src));
    }

    [Fact]
    public void ExecEvalAndClassCellInNestedFunction()
    {
        var src = """
            ns = {}
            exec('y = 5\ndef f():\n    return y * 2\nz = f()', ns)
            print(ns['z'], eval('y + 1', ns))
            class K:
                def m(self):
                    return (lambda: __class__)()
            print(K().m().__name__)
            """;
        Assert.Equal("10 6\nK\n", Ok(src));
    }

    [Fact]
    public void FastPathsKeepGenericSemantics()
    {
        var src = """
            big = 2 ** 62
            print(big + big, -big - big - big, big * 4, 3 * -5, 7 - 10)
            nan = float('nan')
            print(nan == nan, nan != nan, nan < 1.0, 0.5 < 1.5, -0.0 == 0.0, 1.5 * 2.0, 1.0 / 4.0, 2.5 - 0.5)
            try:
                1.0 / 0.0
            except ZeroDivisionError as e:
                print(e)
            print(True + True, True < 2, 2.0 * 3, 3 * 2.0)
            i = 0
            while i < 5:
                i += 1
            j = 10
            while not j <= 3:
                j = j - 2
            print(i, j)
            total = 0
            for k in range(4):
                total = total + k
            print(total, k)
            a = [1, 2]
            for idx in (5, -3):
                try:
                    a[idx]
                except IndexError as e:
                    print(e)
            try:
                (1,)[2]
            except IndexError as e:
                print(e)
            try:
                {}['missing']
            except KeyError as e:
                print('KeyError', e)
            class D(dict):
                pass
            print(D(ab=5)['ab'], [1, 2, 3][-1], (4, 5)[0], {'k': 1}['k'])
            """;
        Assert.Equal(
            "9223372036854775808 -13835058055282163712 18446744073709551616 -15 -3\n"
            + "False True False True True 3.0 0.25 2.0\ndivide by zero\n2 True 6.0 6.0\n5 2\n6 3\n"
            + "list index out of range\nlist index out of range\ntuple index out of range\nKeyError missing\n5 3 4 1\n",
            Ok(src));
    }

    [Fact]
    public void UserIteratorStopIterationEndsForLoop()
    {
        var src = """
            class It:
                def __init__(self):
                    self.n = 0
                def __iter__(self):
                    return self
                def __next__(self):
                    self.n += 1
                    if self.n > 3:
                        raise StopIteration
                    return self.n
            for x in It():
                print(x)
            """;
        Assert.Equal("1\n2\n3\n", Ok(src));
    }

    [Fact]
    public void ClassesSuperAndClassCell()
    {
        var src = """
            class A:
                def __init__(self, v):
                    self.v = v
                def get(self):
                    return self.v
            class B(A):
                def __init__(self, v):
                    super().__init__(v * 2)
                def get(self):
                    return super().get() + 1
                def cls(self):
                    return __class__.__name__
            b = B(10)
            print(b.get(), b.cls(), B.get(b))
            class L(list):
                def __init__(self, items):
                    super().__init__(items)
            print(len(L([1, 2, 3])))
            """;
        Assert.Equal("21 B 21\n3\n", Ok(src));
    }

    [Fact]
    public void BuildClassErrors()
    {
        Assert.EndsWith("TypeError: function doesn't take keyword arguments\n", Fails("class A(metaclass=type): pass\n", out _));
        Assert.EndsWith("TypeError: function expected at most 2 arguments, got 3\n", Fails("class A(1): pass\n", out _));
    }

    [Fact]
    public void WithStatement()
    {
        var src = """
            class CM:
                def __init__(self, swallow):
                    self.swallow = swallow
                def __enter__(self):
                    print('enter')
                    return 'value'
                def __exit__(self, t, v, tb):
                    print('exit', t.__name__ if t else None)
                    return self.swallow
            with CM(True) as v:
                print(v)
                1 / 0
            print('swallowed')
            def f():
                with CM(False):
                    return 'returned'
            print(f())
            for i in range(3):
                with CM(False):
                    if i == 1:
                        break
            print('i', i)
            try:
                with CM(False):
                    raise KeyError('k')
            except KeyError:
                print('propagated')
            """;
        Assert.Equal(
            "enter\nvalue\nexit ZeroDivisionError\nswallowed\nenter\nexit None\nreturned\nenter\nexit None\nenter\nexit None\ni 1\nenter\nexit KeyError\npropagated\n",
            Ok(src));
    }

    [Fact]
    public void NameErrors()
    {
        Assert.EndsWith("NameError: name 'nope' isn't defined\n", Fails("nope\n", out _));
        Assert.EndsWith("NameError: local variable referenced before assignment\n", Fails("def f():\n    print(x)\n    x = 1\nf()\n", out _));
        Assert.EndsWith("KeyError: zz\n", Fails("del zz\n", out _));
        Assert.EndsWith("NameError: local variable referenced before assignment\n", Fails("def f():\n    x = 1\n    del x\n    del x\nf()\n", out _));
    }

    [Fact]
    public void UnpackingAndComprehensions()
    {
        var src = """
            a, (b, c), *d = 1, (2, 3), 4, 5
            print(a, b, c, d)
            *e, f = 'xyz'
            print(e, f)
            print([x for x in range(10) if x % 3 == 0], {x % 2 for x in range(5)}, {k: v for k, v in [(1, 2)]})
            """;
        Assert.Equal("1 2 3 [4, 5]\n['x', 'y'] z\n[0, 3, 6, 9] {0, 1} {1: 2}\n", Ok(src));
        Assert.EndsWith("ValueError: too many values to unpack (expected 2)\n", Fails("a, b = 1, 2, 3\n", out _));
        Assert.EndsWith("ValueError: need more than 2 values to unpack\n", Fails("a, b, c = [1, 2]\n", out _));
        Assert.EndsWith("TypeError: 'int' object isn't iterable\n", Fails("a, b = 1\n", out _));
    }

    [Fact]
    public void GlobalsAndSysExcInfo()
    {
        var src = """
            import sys
            x = 1
            def f():
                global x
                x = 2
                return globals()['x']
            print(f(), x)
            try:
                raise ValueError('v')
            except ValueError:
                print(sys.exc_info()[1])
            print(sys.exc_info())
            """;
        Assert.Equal("2 2\nv\n(None, None, None)\n", Ok(src));
    }

    [Fact]
    public void DeepRecursionIsARuntimeErrorNotACrash()
    {
        string? text = null;
        var thread = new Thread(
            () =>
            {
                var (_, error) = Run("def f():\n    f()\nf()\n", rt => rt.MaxRecursionDepth = 100000);
                text = error == null ? null : TracebackPrinter.LastLine(error.Value);
            },
            16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", text);
    }

    [Theory]
    [InlineData("class A:\n    def __getitem__(self, i):\n        return self[i]\nA()[0]\n")]
    // Generators through native next(): `yield from` and for-loops resume generators inside the loop (no .NET
    // recursion), so InlineGeneratorResumeTests checks their depth limit instead.
    [InlineData("def g(n):\n    yield next(g(n + 1))\nnext(g(0))\n")]
    [InlineData("class A:\n    def __init__(self):\n        A()\nA()\n")]
    [InlineData("def f():\n    return sorted([1, 2], key=lambda v: f())\nf()\n")]
    public void RecursionThroughNativeCodeIsStoppedByTheStackCheck(string source)
    {
        string? text = null;
        var thread = new Thread(
            () =>
            {
                var (_, error) = Run(source, rt => rt.MaxRecursionDepth = 1000000);
                text = error == null ? null : TracebackPrinter.LastLine(error.Value);
            },
            4 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", text);
    }

    [Fact]
    public void RecursionLimitIsCatchable()
    {
        var src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print(e)\nprint('alive')\n";
        var (output, error) = Run(src, rt => rt.MaxRecursionDepth = 200);
        Assert.Null(error);
        Assert.Equal("maximum recursion depth exceeded\nalive\n", output);
    }

    [Fact]
    public void NativeCallbackIntoPython()
    {
        var src = """
            print(sorted([3, 1, 2], key=lambda v: -v))
            def key(v):
                raise KeyError(v)
            try:
                sorted([1, 2], key=key)
            except KeyError as e:
                print('from key', e)
            """;
        Assert.Equal("[3, 2, 1]\nfrom key 1\n", Ok(src));
    }

    [Fact]
    public void RaisingClassesAndNonExceptions()
    {
        Assert.EndsWith("TypeError: exceptions must derive from BaseException\n", Fails("raise 1\n", out _));
        Assert.EndsWith("RuntimeError: no active exception to reraise\n", Fails("raise\n", out _));
        Assert.Equal("E ()\n", Ok("class E(Exception): pass\ntry:\n    raise E\nexcept E as e:\n    print(type(e).__name__, e.args)\n"));
    }

    [Fact]
    public void FunctionAttributesAndReprs()
    {
        var src = """
            def f(): pass
            def g(): yield
            print(f.__name__, type(f).__name__, type(g).__name__, type(g()).__name__, f.__globals__ is globals())
            print(repr(g))
            class A:
                def m(self): pass
            print(type(A().m).__name__)
            """;
        Assert.Equal("f function generator generator True\n<generator>\nbound_method\n", Ok(src));
        Assert.EndsWith("AttributeError: 'function' object has no attribute 'x'\n", Fails("def f(): pass\nf.x = 1\n", out _));
    }

    [Fact]
    public void KeyboardInterruptAtBackwardJump()
    {
        var src = "trip()\nwhile True:\n    pass\n";
        var (_, error) = Run(src, rt => rt.Builtins.SetItem("trip", new BuiltinFunction("trip", () =>
        {
            rt.InterruptPending = true;
            return NoneObject.None;
        })));
        Assert.Equal("KeyboardInterrupt: ", TracebackPrinter.LastLine(error!.Value));
    }

    [Fact]
    public void ImportsThroughTheRuntime()
    {
        var src = """
            import sys
            from sys import exc_info
            print(exc_info is sys.exc_info)
            try:
                from sys import nothing_here
            except ImportError as e:
                print(e)
            try:
                import no_such_module_xyz
            except ImportError as e:
                print(e)
            """;
        Assert.Equal("True\ncan't import name nothing_here\nno module named 'no_such_module_xyz'\n", Ok(src));
    }

    [Fact]
    public void AsyncCoroutinesAreGenerators()
    {
        var src = """
            async def inner():
                return 5
            async def outer():
                v = await inner()
                return v * 2
            c = outer()
            try:
                c.send(None)
            except StopIteration as e:
                print(e.value, type(c).__name__)
            """;
        Assert.Equal("10 generator\n", Ok(src));
    }
}
