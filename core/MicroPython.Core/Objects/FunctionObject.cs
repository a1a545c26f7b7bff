using System;
using System.Text;
using MicroPython.Runtime;
using MicroPython.Vm;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// A function defined in Python (MicroPython's <c>fun_bc</c>, plus the <c>closure</c> and generator-function
/// wrappers, which here are the same class with a different Python type): the code, the globals it runs in, the
/// positional defaults, the keyword-only defaults and, for closures, the captured cells.
/// </summary>
/// <remarks>
/// As in MicroPython, <c>type(f).__name__</c> is <c>function</c> for a plain function, <c>closure</c> when the
/// function captures variables, and <c>generator</c> for a generator function; all three bind as methods.
/// Calls from the VM bind arguments straight into a new frame (see <see cref="Interpreter"/>); <see cref="Call"/>
/// is the entry for native callers and throws <see cref="PyException"/> when the function raises.
/// </remarks>
public sealed class FunctionObject : PyObject, IMethodLike, IDescriptor
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("function", null);

    public static readonly TypeObject ClosureType = TypeObject.CreateBuiltin("closure", null);

    public static readonly TypeObject GeneratorFunctionType = TypeObject.CreateBuiltin("generator", null);

    private static readonly StrObject s_name = StrObject.Intern("__name__");
    private static readonly StrObject s_globals = StrObject.Intern("__globals__");

    /// <summary>The code to run.</summary>
    public readonly CodeObject Code;

    /// <summary>The module globals the function runs in.</summary>
    public readonly DictObject Globals;

    /// <summary>Values of the last <c>NDefPosArgs</c> positional parameters, or null.</summary>
    public readonly PyObject[]? Defaults;

    /// <summary>Keyword-only defaults, or null.</summary>
    public readonly DictObject? KwDefaults;

    /// <summary>Captured cells, passed as the leading positional arguments; null for a plain function.</summary>
    public readonly PyObject[]? Closure;

    public FunctionObject(CodeObject code, DictObject globals, PyObject[]? defaults = null, DictObject? kwDefaults = null, PyObject[]? closure = null)
        : base(closure != null ? ClosureType : code.IsGenerator ? GeneratorFunctionType : PyType)
    {
        Code = code;
        Globals = globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            heap.AllocateWords(FunctionWords);
            if (closure != null)
            {
                heap.AllocateWords(3 + closure.Length);
            }
        }
    }

    // MicroPython's fun_bc: base, context, child table, bytecode, then the default values and the keyword
    // defaults dict inline. A closure adds a closure object (base, function, count, the cells).
    private int FunctionWords => 4 + (Defaults?.Length ?? 0) + (KwDefaults != null ? 1 : 0);

    public override long HeapBlocks(HeapAccountant heap) =>
        heap.WordBlocks(FunctionWords) + (Closure != null ? heap.WordBlocks(3 + Closure.Length) : 0);

    public override void TraceReferences(HeapTracer tracer)
    {
        tracer.Mark(Globals);
        if (Defaults != null)
        {
            tracer.Mark(Defaults!);
        }

        tracer.Mark(KwDefaults);
        if (Closure != null)
        {
            tracer.Mark(Closure!);
        }
    }

    /// <summary>The function's name (<c>__name__</c>).</summary>
    public string Name => Code.Name.Value;

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner) =>
        instance == null ? this : new BoundMethodObject(this, instance);

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw) => Interpreter.CallFunction(this, null, args, nKw);

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_name))
        {
            value = Code.Name;
            return true;
        }

        if (ReferenceEquals(name, s_globals))
        {
            value = Globals;
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        if (ReferenceEquals(Type, GeneratorFunctionType))
        {
            sb.Append("<generator>");
            return;
        }

        if (Closure != null)
        {
            sb.Append("<closure <function ").Append(Code.Name.Value).Append(" at 0x").Append(Ops.Id(this).ToString("x"))
                .Append("> at 0x").Append(Ops.Id(this).ToString("x")).Append('>');
            return;
        }

        sb.Append("<function ").Append(Code.Name.Value).Append(" at 0x").Append(Ops.Id(this).ToString("x")).Append('>');
    }
}
