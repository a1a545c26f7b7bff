using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>A built-in taking its arguments as a span (positional only; keywords rejected for it).</summary>
public delegate PyObject BuiltinVarArgs(ReadOnlySpan<PyObject> args);

/// <summary>A built-in that receives keywords too: <paramref name="args"/> = positionals then <paramref name="nKw"/> (name, value) pairs.</summary>
public delegate PyObject BuiltinKwArgs(ReadOnlySpan<PyObject> args, int nKw);

/// <summary>
/// A function implemented in C# (MicroPython's <c>builtin_function_or_method</c>). Fixed-arity forms check the
/// argument count with MicroPython's messages; methods of built-in types (<see cref="SelfType"/> set) bind to
/// <c>self</c> when looked up on an instance, and unwrap user-subclass instances to their native part.
/// </summary>
public sealed class BuiltinFunction : PyObject, IMethodLike, IDescriptor
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("function", null);

    private readonly Func<PyObject>? _f0;
    private readonly Func<PyObject, PyObject>? _f1;
    private readonly Func<PyObject, PyObject, PyObject>? _f2;
    private readonly Func<PyObject, PyObject, PyObject, PyObject>? _f3;
    private readonly BuiltinVarArgs? _var;
    private readonly BuiltinKwArgs? _kw;

    private BuiltinFunction(string name, int minArgs, int maxArgs)
        : base(PyType)
    {
        Name = name;
        MinArgs = minArgs;
        MaxArgs = maxArgs;
    }

    public BuiltinFunction(string name, Func<PyObject> f)
        : this(name, 0, 0) => _f0 = f;

    public BuiltinFunction(string name, Func<PyObject, PyObject> f)
        : this(name, 1, 1) => _f1 = f;

    public BuiltinFunction(string name, Func<PyObject, PyObject, PyObject> f)
        : this(name, 2, 2) => _f2 = f;

    public BuiltinFunction(string name, Func<PyObject, PyObject, PyObject, PyObject> f)
        : this(name, 3, 3) => _f3 = f;

    /// <summary>Variable positional arity between <paramref name="minArgs"/> and <paramref name="maxArgs"/> (int.MaxValue = unbounded).</summary>
    public BuiltinFunction(string name, int minArgs, int maxArgs, BuiltinVarArgs f)
        : this(name, minArgs, maxArgs) => _var = f;

    /// <summary>Accepts keyword arguments; parse them with <see cref="ArgParser"/>.</summary>
    public BuiltinFunction(string name, int minArgs, BuiltinKwArgs f)
        : this(name, minArgs, int.MaxValue) => _kw = f;

    public string Name { get; }

    public int MinArgs { get; }

    public int MaxArgs { get; }

    /// <summary>Which built-in this is when the VM may drive a generator argument itself (Vm/GeneratorConsumer.cs).</summary>
    internal MicroPython.Vm.GeneratorConsumption Consumes { get; init; }

    /// <summary>For methods of built-in types: the type <c>self</c> must be an instance of.</summary>
    public TypeObject? SelfType { get; private init; }

    /// <summary>Returns a copy marked as a method of <paramref name="selfType"/>.</summary>
    public BuiltinFunction AsMethodOf(TypeObject selfType)
    {
        var m = new BuiltinFunction(Name, MinArgs, MaxArgs, _f0, _f1, _f2, _f3, _var, _kw) { SelfType = selfType };
        return m;
    }

    private BuiltinFunction(
        string name,
        int minArgs,
        int maxArgs,
        Func<PyObject>? f0,
        Func<PyObject, PyObject>? f1,
        Func<PyObject, PyObject, PyObject>? f2,
        Func<PyObject, PyObject, PyObject, PyObject>? f3,
        BuiltinVarArgs? var,
        BuiltinKwArgs? kw)
        : this(name, minArgs, maxArgs)
    {
        _f0 = f0;
        _f1 = f1;
        _f2 = f2;
        _f3 = f3;
        _var = var;
        _kw = kw;
    }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner)
    {
        if (instance == null || SelfType == null)
        {
            return this;
        }

        return new BoundMethodObject(this, instance);
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
    {
        // The common call first: a plain function of one or two parameters (len, abs, isinstance, min of two…)
        // with exactly its positionals; nothing to check, as exactly one delegate is set per arity.
        if (nKw == 0 && SelfType == null)
        {
            if (args.Length == 1 && _f1 is { } f1)
            {
                return f1(args[0]);
            }

            if (args.Length == 2 && _f2 is { } f2)
            {
                return f2(args[0], args[1]);
            }
        }

        if (SelfType != null && args.Length > 0 && args[0] is InstanceObject)
        {
            // A method of a built-in type called on a user subclass instance operates on the native part.
            var native = args[0].NativeSelf;
            if (!ReferenceEquals(native, args[0]))
            {
                var copy = args.ToArray();
                copy[0] = native;
                return CallChecked(copy, nKw);
            }
        }

        return CallChecked(args, nKw);
    }

    private PyObject CallChecked(ReadOnlySpan<PyObject> args, int nKw)
    {
        if (_kw != null)
        {
            return _kw(args, nKw);
        }

        if (nKw != 0)
        {
            throw Errors.TypeError("function doesn't take keyword arguments");
        }

        int n = args.Length;
        if (SelfType != null && n > 0 && !args[0].Type.IsSubtypeOf(SelfType))
        {
            throw Errors.WrongSelfType(SelfType, args[0]);
        }

        if (_var != null)
        {
            if (n < MinArgs)
            {
                throw Errors.TypeError($"function missing {MinArgs - n} required positional arguments");
            }

            if (n > MaxArgs)
            {
                throw Errors.TypeError($"function expected at most {MaxArgs} arguments, got {n}");
            }

            return _var(args);
        }

        if (n != MinArgs)
        {
            throw Errors.TypeError($"function takes {MinArgs} positional arguments but {n} were given");
        }

        return n switch
        {
            0 => _f0!(),
            1 => _f1!(args[0]),
            2 => _f2!(args[0], args[1]),
            _ => _f3!(args[0], args[1], args[2]),
        };
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("<function ").Append(Name).Append('>');
    }
}
