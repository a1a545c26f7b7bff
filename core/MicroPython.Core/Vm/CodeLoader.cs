using System;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>
/// Turns a <see cref="CompiledModule"/> (compiler output or a read .mpy) into a tree of <see cref="CodeObject"/>s:
/// decodes every prelude once, interns the qstr table and converts the constant table to Python objects
/// (one resolved table per module, shared by all its code objects).
/// </summary>
public static class CodeLoader
{
    /// <summary>Loads <paramref name="module"/> for <paramref name="runtime"/>; returns the module's outer code.</summary>
    public static CodeObject Load(PyRuntime runtime, CompiledModule module)
    {
        var qstrs = new StrObject[module.Qstrs.Count];
        for (int i = 0; i < qstrs.Length; i++)
        {
            qstrs[i] = StrObject.Intern(module.Qstrs[i]);
        }

        var constants = new PyObject[module.Constants.Count];
        for (int i = 0; i < constants.Length; i++)
        {
            constants[i] = ConvertConstant(module.Constants[i]);
        }

        var context = new CodeContext(runtime, module.Qstrs.Count > 0 ? module.Qstrs[0] : "<unknown>", qstrs, constants);
        return LoadRaw(context, module.Root) ?? throw Errors.NotImplemented("native code in .mpy");
    }

    private static CodeObject? LoadRaw(CodeContext context, RawCode raw)
    {
        if (raw.Kind != RawCodeKind.Bytecode)
        {
            // Native/viper/asm bodies are machine code for another architecture; calling one raises.
            return null;
        }

        var children = raw.Children.Count == 0 ? Array.Empty<CodeObject?>() : new CodeObject?[raw.Children.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = LoadRaw(context, raw.Children[i]);
        }

        var prelude = Prelude.Decode(raw.Code);
        return new CodeObject(context, raw.Code, prelude, children);
    }

    /// <summary>Converts one constant-table value (see <see cref="CompiledModule"/>) to its Python object.</summary>
    public static PyObject ConvertConstant(object? value)
    {
        switch (value)
        {
            case null:
                return NoneObject.None;
            case bool b:
                return BoolObject.From(b);
            case long l:
                return IntObject.FromParsed(l); // a literal beyond a build's small ints has the parser's error
            case int i:
                return IntObject.Get(i);
            case BigInteger big:
                return IntObject.FromParsed(big);
            case double d:
                return FloatObject.Disabled ? throw NoFloatLiteral() : new FloatObject(d);
            case Complex c when FloatObject.Disabled:
                throw NoFloatLiteral();
            case Complex c:
                return new ComplexObject(c.Real, c.Imaginary);
            case string s:
                return new StrObject(s);
            case byte[] bytes:
                return new BytesObject(bytes);
            case EllipsisConstant:
                return EllipsisObject.Value;
            case object?[] items:
            {
                if (items.Length == 0)
                {
                    return TupleObject.Empty;
                }

                var converted = new PyObject[items.Length];
                for (int k = 0; k < items.Length; k++)
                {
                    converted[k] = ConvertConstant(items[k]);
                }

                return new TupleObject(converted);
            }

            default:
                throw new ArgumentException($"unsupported constant of type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A float literal in a build without floats: MicroPython's number parser rejects it as a syntax error.</summary>
    private static PyException NoFloatLiteral() => Errors.Make(ExceptionTypes.SyntaxError, "decimal numbers not supported");
}
