using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>
/// The built-in <c>__build_class__(body, name, *bases)</c> that LOAD_BUILD_CLASS pushes (MicroPython's
/// <c>mp_builtin___build_class__</c>): runs the class body with a fresh locals dict, creates the class by calling
/// the metaclass (the type of the first base, or <c>type</c>) with (name, bases, dict), and fills the
/// <c>__class__</c> cell the body returns when a method uses <c>super()</c> or <c>__class__</c>.
/// </summary>
public static class BuildClass
{
    /// <summary>The <c>__build_class__</c> function object.</summary>
    public static readonly BuiltinFunction Function = new("__build_class__", 2, int.MaxValue, Build);

    private static PyObject Build(ReadOnlySpan<PyObject> args)
    {
        var body = args[0];
        var name = args[1];
        var locals = new DictObject();

        PyObject cell;
        if (body is FunctionObject fn)
        {
            cell = Interpreter.RunBody(fn.Code, fn.Globals, locals, fn);
        }
        else
        {
            cell = Ops.CallFunction(body);
        }

        var bases = TupleObject.FromSpan(args.Slice(2));
        PyObject cls;
        var meta = args.Length == 2 ? TypeObject.TypeType : args[2].Type;
        if (ReferenceEquals(meta, TypeObject.TypeType))
        {
            var baseTypes = new TypeObject[bases.Items.Length];
            for (int i = 0; i < baseTypes.Length; i++)
            {
                baseTypes[i] = bases.Items[i] as TypeObject ?? throw Errors.TypeError(string.Empty);
            }

            cls = TypeObject.CreateHeapType(Ops.ToStr(name), baseTypes, locals);
        }
        else
        {
            cls = Ops.CallFunction(meta, name, bases, locals);
        }

        if (cell is CellObject c)
        {
            c.Value = cls;
        }

        return cls;
    }
}
