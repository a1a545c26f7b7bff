using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Factories for the exceptions the runtime raises, with MicroPython's DETAILED message texts
/// (errors-and-tracebacks.md §3), shortened as MicroPython's are at the running runtime's
/// <c>MICROPY_ERROR_REPORTING</c> level: TERSE gives the fixed short texts, NONE drops messages altogether
/// (only values passed as real arguments — a KeyError's key, an errno — survive). Use as
/// <c>throw Errors.TypeError("…")</c>.
/// </summary>
public static class Errors
{
    /// <summary>Creates an exception instance of <paramref name="type"/> with one str argument (or none when null).</summary>
    public static PyException Make(TypeObject type, string? message)
    {
        var args = message == null || Level == ErrorReportingLevel.None ? TupleObject.Empty : TupleObject.Create(new StrObject(message));
        return new PyException(new ExceptionObject(type, args));
    }

    public static PyException Make(TypeObject type, PyObject arg) =>
        new(new ExceptionObject(type, TupleObject.Create(arg)));

    public static PyException TypeError(string message) => Make(ExceptionTypes.TypeError, message);

    public static PyException ValueError(string? message) => Make(ExceptionTypes.ValueError, message);

    public static PyException IndexError(string message) => Make(ExceptionTypes.IndexError, message);

    public static PyException KeyError(PyObject key) => Make(ExceptionTypes.KeyError, key);

    public static PyException AttributeError(string message) => Make(ExceptionTypes.AttributeError, message);

    public static PyException NameError(string message) => Make(ExceptionTypes.NameError, message);

    public static PyException RuntimeError(string message) => Make(ExceptionTypes.RuntimeError, message);

    public static PyException OverflowError(string message) => Make(ExceptionTypes.OverflowError, message);

    public static PyException ZeroDivision() => Make(ExceptionTypes.ZeroDivisionError, "divide by zero");

    public static PyException NotImplemented(string message) => Make(ExceptionTypes.NotImplementedError, message);

    public static PyException ImportError(string message) => Make(ExceptionTypes.ImportError, message);

    public static PyException StopIteration(PyObject? value) =>
        new(new ExceptionObject(ExceptionTypes.StopIteration, value == null ? TupleObject.Empty : TupleObject.Create(value)));

    public static PyException OSError(int errno) => Make(ExceptionTypes.OSError, IntObject.Get(errno));

    // Passed as an argument, not a message, so it survives even at reporting level NONE (as in MicroPython).
    public static PyException RecursionDepth() => Make(ExceptionTypes.RuntimeError, new StrObject("maximum recursion depth exceeded"));

    public static PyException MemoryError(string message) => Make(ExceptionTypes.MemoryError, message);

    public static PyException NameNotDefined(string name) => NameError(Terse ? "name not defined" : $"name '{name}' isn't defined");

    public static PyException LocalUnbound() => NameError("local variable referenced before assignment");

    public static PyException NotCallable(PyObject o) => TypeError(Terse ? "object not callable" : $"'{o.Type.Name}' object isn't callable");

    public static PyException NotIterable(PyObject o) => TypeError(Terse ? "object not iterable" : $"'{o.Type.Name}' object isn't iterable");

    public static PyException NotAnIterator(PyObject o) => TypeError(Terse ? "object not an iterator" : $"'{o.Type.Name}' object isn't an iterator");

    public static PyException NoLen(PyObject o) => TypeError(Terse ? "object has no len" : $"object of type '{o.Type.Name}' has no len()");

    public static PyException NotSubscriptable(PyObject o) => TypeError(Terse ? "object isn't subscriptable" : $"'{o.Type.Name}' object isn't subscriptable");

    public static PyException NoItemAssignment(PyObject o) => TypeError(Terse ? "object doesn't support item assignment" : $"'{o.Type.Name}' object doesn't support item assignment");

    public static PyException NoItemDeletion(PyObject o) => TypeError(Terse ? "object doesn't support item deletion" : $"'{o.Type.Name}' object doesn't support item deletion");

    public static PyException Unhashable(PyObject o) => TypeError(Terse ? UnsupportedOperatorTerse : $"unsupported type for __hash__: '{o.Type.Name}'");

    public static PyException WrongSelfType(TypeObject expected, PyObject got) =>
        TypeError($"argument should be a '{expected.Name}' not a '{got.Type.Name}'");

    /// <summary><c>TypeError: unsupported types for __add__: 'int', 'str'</c>.</summary>
    public static PyException UnsupportedBinary(Bytecode.BinaryOp op, PyObject lhs, PyObject rhs) =>
        TypeError(Terse ? UnsupportedOperatorTerse : $"unsupported types for {OperatorNames.Binary(op)}: '{lhs.Type.Name}', '{rhs.Type.Name}'");

    /// <summary><c>TypeError: unsupported type for __neg__: 'str'</c>.</summary>
    public static PyException UnsupportedUnary(Bytecode.UnaryOp op, PyObject operand) =>
        TypeError(Terse ? UnsupportedOperatorTerse : $"unsupported type for {OperatorNames.Unary(op)}: '{operand.Type.Name}'");

    public static PyException NoAttribute(PyObject o, string name)
    {
        if (Terse)
        {
            return AttributeError(NoSuchAttributeTerse);
        }

        if (o is TypeObject t)
        {
            return AttributeError($"type object '{t.Name}' has no attribute '{name}'");
        }

        if (o is ModuleObject m)
        {
            return AttributeError(Level == ErrorReportingLevel.Normal ? $"'module' object has no attribute '{name}'" : $"module '{m.Name}' has no attribute '{name}'");
        }

        return AttributeError($"'{o.Type.Name}' object has no attribute '{name}'");
    }

    /// <summary>Store/delete of a missing attribute: always names the type (<c>'type'</c> for classes, <c>'module'</c> for modules).</summary>
    public static PyException CantStoreAttribute(PyObject o, string name) =>
        AttributeError(Terse ? NoSuchAttributeTerse : $"'{o.Type.Name}' object has no attribute '{name}'");

    public static PyException CantConvert(PyObject o, string to) => TypeError(Terse ? $"can't convert to {to}" : $"can't convert {o.Type.Name} to {to}");

    public static PyException IndexOutOfRange(string what) => IndexError(Terse && what != "string" ? "index out of range" : $"{what} index out of range");

    public static PyException IndicesMustBeIntegers(string what, PyObject index) =>
        TypeError(Terse ? "indices must be integers" : $"{what} indices must be integers, not {index.Type.Name}");

    private const string UnsupportedOperatorTerse = "unsupported type for operator";

    private const string NoSuchAttributeTerse = "no such attribute";

    /// <summary>The running runtime's reporting level (DETAILED outside a runtime). Only read when raising.</summary>
    private static ErrorReportingLevel Level => PyRuntime.CurrentOrNull?.ErrorReporting ?? ErrorReportingLevel.Detailed;

    /// <summary>TERSE or NONE: the short fixed texts (NONE then drops them in <see cref="Make(TypeObject, string?)"/>).</summary>
    private static bool Terse => Level <= ErrorReportingLevel.Terse;
}
