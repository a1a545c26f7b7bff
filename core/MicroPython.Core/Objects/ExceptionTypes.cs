using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>The built-in exception hierarchy exactly as MicroPython has it (errors-and-tracebacks.md §1.3).</summary>
public static class ExceptionTypes
{
    public static readonly TypeObject BaseException = Make("BaseException", null);
    public static readonly TypeObject Exception = Make("Exception", BaseException);
    public static readonly TypeObject GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly TypeObject KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly TypeObject SystemExit = Make("SystemExit", BaseException);

    public static readonly TypeObject ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly TypeObject OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly TypeObject ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly TypeObject AssertionError = Make("AssertionError", Exception);
    public static readonly TypeObject AttributeError = Make("AttributeError", Exception);
    public static readonly TypeObject EOFError = Make("EOFError", Exception);
    public static readonly TypeObject ImportError = Make("ImportError", Exception);
    public static readonly TypeObject LookupError = Make("LookupError", Exception);
    public static readonly TypeObject IndexError = Make("IndexError", LookupError);
    public static readonly TypeObject KeyError = Make("KeyError", LookupError);
    public static readonly TypeObject MemoryError = Make("MemoryError", Exception);
    public static readonly TypeObject NameError = Make("NameError", Exception);
    public static readonly TypeObject OSError = Make("OSError", Exception);
    public static readonly TypeObject RuntimeError = Make("RuntimeError", Exception);
    public static readonly TypeObject NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly TypeObject StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly TypeObject StopIteration = Make("StopIteration", Exception);
    public static readonly TypeObject SyntaxError = Make("SyntaxError", Exception);
    public static readonly TypeObject IndentationError = Make("IndentationError", SyntaxError);
    public static readonly TypeObject TypeError = Make("TypeError", Exception);
    public static readonly TypeObject ViperTypeError = Make("ViperTypeError", TypeError);
    public static readonly TypeObject ValueError = Make("ValueError", Exception);
    public static readonly TypeObject UnicodeError = Make("UnicodeError", ValueError);

    /// <summary>Every built-in exception type, for registering them in <c>builtins</c>.</summary>
    public static readonly TypeObject[] All =
    {
        BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError, OverflowError,
        ZeroDivisionError, AssertionError, AttributeError, EOFError, ImportError, LookupError, IndexError, KeyError,
        MemoryError, NameError, OSError, RuntimeError, NotImplementedError, StopAsyncIteration, StopIteration,
        SyntaxError, IndentationError, TypeError, ViperTypeError, ValueError, UnicodeError,
    };

    private static TypeObject Make(string name, TypeObject? baseType) =>
        TypeObject.CreateBuiltin(name, baseType, ExceptionObject.InitType, ExceptionObject.MakeNew);
}
