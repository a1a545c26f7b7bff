using System;
using System.IO;
using System.Threading;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// VM tests on hand-assembled bytecode (independent of the compiler): calls and argument binding, closures,
/// exception handling and unwinding through finally, generators, recursion limits, interrupts and internal faults.
/// </summary>
public sealed class HandAssembledTests
{
    private static (string Output, PyException? Error) Run(TestModule m, RawCode root, Action<PyRuntime>? setup = null)
    {
        var runtime = PyRuntime.Create();
        var output = new StringWriter();
        runtime.Stdout = output;
        runtime.Stderr = output;
        setup?.Invoke(runtime);
        var globals = new DictObject();
        globals.SetItem("__name__", StrObject.Intern("__main__"));
        try
        {
            runtime.Execute(m.Build(root), globals);
            return (output.ToString().Replace("\r\n", "\n"), null);
        }
        catch (PyException e)
        {
            return (output.ToString().Replace("\r\n", "\n"), e);
        }
    }

    private static string LastLine(PyException e) => TracebackPrinter.LastLine(e.Value);

    [Fact]
    public void ArithmeticAndPrint()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 8)
            .Int(1).Int(2).Int(3).Bin(BinaryOp.Multiply).Bin(BinaryOp.Add).Print()
            .Int(100).Int(-200).Bin(BinaryOp.Subtract).Print()
            .Int(long.MaxValue).Int(1).Bin(BinaryOp.Add).Print()
            .Int(3).Int(5).Bin(BinaryOp.Less).Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("7\n300\n9223372036854775808\nTrue\n", output);
    }

    [Fact]
    public void DefaultsAndKeywordArguments()
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 4, args: new[] { "a", "b" }, nDefPos: 1)
            .LoadFast(0).LoadFast(1).Bin(BinaryOp.Subtract).Return().Build();
        var root = new Asm(m, "<module>", 8).Child(f)
            .Int(10).Uint(Opcodes.BuildTuple, 1).Op(Opcodes.LoadNull).Uint(Opcodes.MakeFunctionDefargs, 0).StoreName("f")
            .LoadName("f").Int(1).Call(1).Print()
            .LoadName("f").Str("b").Int(1).Str("a").Int(5).Call(0, 2).Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("-9\n4\n", output);
    }

    [Fact]
    public void ClosureCounter()
    {
        var m = new TestModule();
        var inc = new Asm(m, "inc", 4, args: new[] { "*" })
            .Uint(Opcodes.LoadDeref, 0).Int(1).Bin(BinaryOp.InplaceAdd).Uint(Opcodes.StoreDeref, 0)
            .Uint(Opcodes.LoadDeref, 0).Return().Build();
        var make = new Asm(m, "make", 5, cells: new byte[] { 0 }).Child(inc)
            .Int(0).Uint(Opcodes.StoreDeref, 0)
            .LoadFast(0).Uint(Opcodes.MakeClosure, 0).Op(1).StoreFast(1)
            .LoadFast(1).Return().Build();
        var root = new Asm(m, "<module>", 6).Child(make)
            .Uint(Opcodes.MakeFunction, 0).StoreName("make")
            .LoadName("make").Call(0).StoreName("c")
            .LoadName("c").Call(0).Print()
            .LoadName("c").Call(0).Print()
            .LoadName("c").LoadName("type").Op(Opcodes.RotTwo).Call(1).Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("1\n2\n<class 'closure'>\n", output);
    }

    [Fact]
    public void TryExceptCatchesAndSkipsNonMatching()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 8, nExcStack: 1)
            .Jump(Opcodes.SetupExcept, "exc")
            .Int(1).Int(0).Bin(BinaryOp.TrueDivide).Pop()
            .Jump(Opcodes.PopExceptJump, "end")
            .Label("exc")
            .Op(Opcodes.DupTop).LoadName("ZeroDivisionError").Bin(BinaryOp.ExceptionMatch).Jump(Opcodes.PopJumpIfFalse, "nomatch")
            .Pop().Str("caught").Print()
            .Jump(Opcodes.PopExceptJump, "end")
            .Label("nomatch")
            .Op(Opcodes.EndFinally)
            .Label("end")
            .Str("after").Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("caught\nafter\n", output);
    }

    [Fact]
    public void UncaughtExceptionCarriesTracebackThroughPythonCalls()
    {
        var m = new TestModule();
        var g = new Asm(m, "g", 4)
            .Line(1).LoadGlobal("ValueError").Str("bad").Call(1).Op(Opcodes.RaiseObj).Build();
        var root = new Asm(m, "<module>", 4).Child(g)
            .Uint(Opcodes.MakeFunction, 0).StoreName("g")
            .Line(4).LoadName("g").Call(0).Pop()
            .None().Return().Build();
        var (_, error) = Run(m, root);
        Assert.NotNull(error);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<test>\", line 5, in <module>\n  File \"<test>\", line 2, in g\nValueError: bad\n",
            TracebackPrinter.Format(error!.Value));
    }

    [Fact]
    public void ReturnRunsFinally()
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 6, nExcStack: 1)
            .Jump(Opcodes.SetupFinally, "fin")
            .Int(1).Return()
            .Label("fin")
            .Str("fin").Print()
            .Op(Opcodes.EndFinally)
            .None().Return().Build();
        var root = new Asm(m, "<module>", 4).Child(f)
            .Uint(Opcodes.MakeFunction, 0).StoreName("f")
            .LoadName("f").Call(0).Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("fin\n1\n", output);
    }

    [Fact]
    public void BreakOutOfForLoopRunsFinally()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 12, nExcStack: 1)
            .LoadName("range").Int(3).Call(1).Op(Opcodes.GetIterStack)
            .Label("loop").Jump(Opcodes.ForIter, "end")
            .StoreName("i")
            .Jump(Opcodes.SetupFinally, "fin")
            .LoadName("i").Int(1).Bin(BinaryOp.Equal).Jump(Opcodes.PopJumpIfFalse, "not")
            .Jump(Opcodes.UnwindJump, "end", 1 | 0x80)
            .Label("not")
            .LoadName("i").Print()
            .None()
            .Label("fin")
            .Str("f").Print()
            .Op(Opcodes.EndFinally)
            .Jump(Opcodes.Jump, "loop")
            .Label("end")
            .Str("done").Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("0\nf\nf\ndone\n", output);
    }

    [Fact]
    public void GeneratorSendAndIterate()
    {
        var m = new TestModule();
        var gen = new Asm(m, "gen", 5, flags: ScopeFlags.Generator)
            .Int(1).Op(Opcodes.YieldValue).StoreFast(0)
            .LoadFast(0).Print()
            .Int(2).Op(Opcodes.YieldValue).Pop()
            .Int(3).Return().Build();
        var root = new Asm(m, "<module>", 10).Child(gen)
            .Uint(Opcodes.MakeFunction, 0).StoreName("gen")
            .LoadName("gen").Call(0).StoreName("g")
            .LoadName("next").LoadName("g").Call(1).Print()
            .LoadName("g").Qstr(Opcodes.LoadMethod, "send").Str("a").CallMethod(1).Print()
            .LoadName("gen").Call(0).Op(Opcodes.GetIterStack)
            .Label("loop").Jump(Opcodes.ForIter, "end")
            .Print()
            .Jump(Opcodes.Jump, "loop")
            .Label("end")
            .LoadName("g").Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.StartsWith("1\na\n2\n1\nNone\n2\n<generator object 'gen' at ", output);
    }

    [Fact]
    public void YieldFromReturnsTheSubGeneratorsValue()
    {
        var m = new TestModule();
        var inner = new Asm(m, "inner", 4, flags: ScopeFlags.Generator)
            .Int(1).Op(Opcodes.YieldValue).Pop()
            .Int(2).Op(Opcodes.YieldValue).Pop()
            .Str("r").Return().Build();
        var outer = new Asm(m, "outer", 6, flags: ScopeFlags.Generator)
            .LoadGlobal("inner").Call(0).Op(Opcodes.GetIter).None().Op(Opcodes.YieldFrom).StoreFast(0)
            .LoadFast(0).Print()
            .Int(3).Op(Opcodes.YieldValue).Pop()
            .None().Return().Build();
        var root = new Asm(m, "<module>", 10).Child(inner).Child(outer)
            .Uint(Opcodes.MakeFunction, 0).StoreName("inner")
            .Uint(Opcodes.MakeFunction, 1).StoreName("outer")
            .LoadName("outer").Call(0).Op(Opcodes.GetIterStack)
            .Label("loop").Jump(Opcodes.ForIter, "end")
            .Print()
            .Jump(Opcodes.Jump, "loop")
            .Label("end")
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("1\n2\nr\n3\n", output);
    }

    [Fact]
    public void VarArgsAndKeywordExpansion()
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 5, flags: ScopeFlags.VarArgs | ScopeFlags.VarKeywords)
            .LoadFast(0).Print().LoadFast(1).Print().None().Return().Build();
        var root = new Asm(m, "<module>", 12).Child(f)
            .Uint(Opcodes.MakeFunction, 0).StoreName("f")
            .LoadName("f").Int(1).Int(2).Int(3).Uint(Opcodes.BuildList, 2)
            .Str("x").Int(4)
            .Op(Opcodes.LoadNull).Uint(Opcodes.BuildMap, 1).Int(5).Str("y").Op(Opcodes.StoreMap)
            .Int(2).Uint(Opcodes.CallFunctionVarKw, (2 << 8) | 2).Pop()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("(1, 2, 3)\n{'x': 4, 'y': 5}\n", output);
    }

    [Theory]
    [InlineData(3, 0, "f() takes 2 positional arguments but 3 were given")]
    [InlineData(1, 0, "f() takes 2 positional arguments but 1 were given")]
    [InlineData(1, 1, "unexpected keyword argument 'c'")]
    [InlineData(1, 2, "function got multiple values for argument 'a'")]
    [InlineData(0, 3, "function missing required positional argument #0")]
    public void ArgumentErrors(int nPos, int kwCase, string message)
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 3, args: new[] { "a", "b" }).None().Return().Build();
        var root = new Asm(m, "<module>", 10).Child(f)
            .Uint(Opcodes.MakeFunction, 0).StoreName("f")
            .LoadName("f");
        for (int i = 0; i < nPos; i++)
        {
            root.Int(i);
        }

        int nKw = 0;
        switch (kwCase)
        {
            case 1:
                root.Str("c").Int(2);
                nKw = 1;
                break;
            case 2:
                root.Str("a").Int(2);
                nKw = 1;
                break;
            case 3:
                root.Str("b").Int(2);
                nKw = 1;
                break;
        }

        var code = root.Call(nPos, nKw).Pop().None().Return().Build();
        var (_, error) = Run(m, code);
        Assert.NotNull(error);
        Assert.Equal("TypeError: " + message, LastLine(error!));
    }

    [Fact]
    public void NormalErrorReportingUsesFunctionInsteadOfTheName()
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 3, args: new[] { "a" }).None().Return().Build();
        var root = new Asm(m, "<module>", 10).Child(f)
            .Uint(Opcodes.MakeFunction, 0).StoreName("f")
            .LoadName("f").Call(0).Pop().None().Return().Build();
        var (_, error) = Run(m, root, rt => rt.ErrorReporting = ErrorReportingLevel.Normal);
        Assert.Equal("TypeError: function takes 1 positional arguments but 0 were given", LastLine(error!));
    }

    [Fact]
    public void UnboundLocal()
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 3).LoadFast(0).Return().Build();
        var root = new Asm(m, "<module>", 4).Child(f)
            .Uint(Opcodes.MakeFunction, 0).Call(0).Pop().None().Return().Build();
        var (_, error) = Run(m, root);
        Assert.Equal("NameError: local variable referenced before assignment", LastLine(error!));
    }

    [Fact]
    public void UnknownGlobal()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 4).LoadName("nope").Pop().None().Return().Build();
        var (_, error) = Run(m, root);
        Assert.Equal("NameError: name 'nope' isn't defined", LastLine(error!));
    }

    [Fact]
    public void Unpacking()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 10)
            .Int(1).Int(2).Uint(Opcodes.BuildTuple, 2).Uint(Opcodes.UnpackSequence, 2).StoreName("a").StoreName("b")
            .LoadName("a").Print().LoadName("b").Print()
            .Int(1).Int(2).Int(3).Int(4).Uint(Opcodes.BuildList, 4).Uint(Opcodes.UnpackEx, 1 | (1 << 8))
            .StoreName("x").StoreName("y").StoreName("z")
            .LoadName("x").Print().LoadName("y").Print().LoadName("z").Print()
            .Int(1).Uint(Opcodes.BuildTuple, 1).Uint(Opcodes.UnpackSequence, 2)
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Equal("1\n2\n1\n[2, 3]\n4\n", output);
        Assert.Equal("ValueError: need more than 1 values to unpack", LastLine(error!));
    }

    [Fact]
    public void RaisingANonExceptionIsATypeError()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 4).Int(5).Op(Opcodes.RaiseObj).Build();
        var (_, error) = Run(m, root);
        Assert.Equal("TypeError: exceptions must derive from BaseException", LastLine(error!));
    }

    [Fact]
    public void BareRaiseWithoutActiveException()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 4).Op(Opcodes.RaiseLast).Build();
        var (_, error) = Run(m, root);
        Assert.Equal("RuntimeError: no active exception to reraise", LastLine(error!));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(5000)]
    public void InfiniteRecursionRaisesRuntimeError(int limit)
    {
        var m = new TestModule();
        var f = new Asm(m, "f", 3).LoadGlobal("f").Call(0).Return().Build();
        var root = new Asm(m, "<module>", 4).Child(f)
            .Uint(Opcodes.MakeFunction, 0).StoreName("f")
            .LoadName("f").Call(0).Pop().None().Return().Build();
        (string, PyException?) result = default;
        var thread = new Thread(() => result = Run(m, root, rt => rt.MaxRecursionDepth = limit), 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", LastLine(result.Item2!));
    }

    [Fact]
    public void PendingInterruptRaisesKeyboardInterruptInALoop()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 4)
            .LoadName("trip").Call(0).Pop()
            .Label("loop").Jump(Opcodes.Jump, "loop")
            .Build();
        var (_, error) = Run(m, root, rt => rt.Builtins.SetItem("trip", new BuiltinFunction("trip", () =>
        {
            rt.InterruptPending = true;
            return NoneObject.None;
        })));
        Assert.Equal("KeyboardInterrupt: ", LastLine(error!));
    }

    [Fact]
    public void InternalFaultBecomesRuntimeErrorThatCanBeCaught()
    {
        var m = new TestModule();
        var root = new Asm(m, "<module>", 8, nExcStack: 1)
            .Jump(Opcodes.SetupExcept, "exc")
            .LoadName("boom").Call(0).Pop()
            .Jump(Opcodes.PopExceptJump, "end")
            .Label("exc")
            .Print()
            .Jump(Opcodes.PopExceptJump, "end")
            .Label("end")
            .None().Return().Build();
        var (output, error) = Run(m, root, rt => rt.Builtins.SetItem("boom", new BuiltinFunction("boom", () => throw new InvalidCastException("bad cast"))));
        Assert.Null(error);
        Assert.Equal("internal error: InvalidCastException: bad cast\n", output);
    }

    [Fact]
    public void WithStatementCallsExitAndCanSwallow()
    {
        var m = new TestModule();
        var enter = new Asm(m, "__enter__", 4, args: new[] { "self" }).Str("enter").Print().LoadFast(0).Return().Build();
        var exit = new Asm(m, "__exit__", 7, args: new[] { "self", "t", "v", "tb" })
            .Str("exit").Print().LoadFast(1).Print().Op(Opcodes.LoadConstTrue).Return().Build();
        var body = new Asm(m, "C", 4).Child(enter).Child(exit)
            .LoadName("__name__").StoreName("__module__").Str("C").StoreName("__qualname__")
            .Uint(Opcodes.MakeFunction, 0).StoreName("__enter__")
            .Uint(Opcodes.MakeFunction, 1).StoreName("__exit__")
            .None().Return().Build();
        var root = new Asm(m, "<module>", 12, nExcStack: 1).Child(body)
            .Op(Opcodes.LoadBuildClass).Uint(Opcodes.MakeFunction, 0).Str("C").Call(2).StoreName("C")
            .LoadName("C").Call(0).Jump(Opcodes.SetupWith, "cleanup").Pop()
            .Int(1).Int(0).Bin(BinaryOp.FloorDivide).Pop()
            .None()
            .Label("cleanup")
            .Op(Opcodes.WithCleanup).Op(Opcodes.EndFinally)
            .Str("after").Print()
            .None().Return().Build();
        var (output, error) = Run(m, root);
        Assert.Null(error);
        Assert.Equal("enter\nexit\n<class 'ZeroDivisionError'>\nafter\n", output);
    }
}
