using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Constructor, methods and attributes of the built-in exceptions (MicroPython's objexcept.c): `args`, and `value`
// and `errno` (the first argument or None) on every exception, `code` on SystemExit and `strerror`/`filename`/
// `filename2` on OSError as CPython has them; no other attributes can be stored on built-in
// exception instances (user subclass instances keep theirs in their own dict).
public sealed partial class ExceptionObject
{
    internal static void InitType(TypeObject type)
    {
        if (type.Bases.Length != 1 || !ReferenceEquals(type.Bases[0], TypeObject.ObjectType))
        {
            return;
        }

        // BaseException's methods receive the instance itself (a user subclass instance, not its native part),
        // so __init__ can (re)build the native part and __repr__ can use the subclass's name.
        type.SetAttrDirect("__init__", new ObjectMethod(new BuiltinFunction("__init__", 1, Init)));
        type.SetAttrDirect("__str__", new ObjectMethod(new BuiltinFunction("__str__", Str)));
        type.SetAttrDirect("__repr__", new ObjectMethod(new BuiltinFunction("__repr__", Repr)));
    }

    internal static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        if (nKw != 0)
        {
            throw Errors.TypeError("function doesn't take keyword arguments");
        }

        return new ExceptionObject(type, TupleObject.FromSpan(args));
    }

    /// <summary><c>BaseException.__init__(self, *args)</c>: sets <c>args</c>.</summary>
    private static PyObject Init(ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.NoKeywords(nKw);
        if (args.Length == 0)
        {
            throw Errors.TypeError("function missing 1 required positional arguments");
        }

        var self = args[0];
        var rest = args.Slice(1);
        switch (self)
        {
            case ExceptionObject e:
                e.Args = TupleObject.FromSpan(rest);
                break;
            case InstanceObject { Native: ExceptionObject ne }:
                ne.Args = TupleObject.FromSpan(rest);
                break;
            case InstanceObject inst when inst.Type.NativeBase != null && inst.Type.NativeBase.IsSubtypeOf(ExceptionTypes.BaseException):
                inst.Native = inst.Type.ConstructNative(rest, 0);
                break;
            default:
                throw Errors.WrongSelfType(ExceptionTypes.BaseException, self);
        }

        return NoneObject.None;
    }

    private static PyObject Str(PyObject self)
    {
        if (self.NativeSelf is not ExceptionObject e)
        {
            throw Errors.WrongSelfType(ExceptionTypes.BaseException, self);
        }

        var sb = new StringBuilder();
        e.Print(sb, false);
        return new StrObject(sb.ToString());
    }

    private static PyObject Repr(PyObject self)
    {
        if (self.NativeSelf is not ExceptionObject e)
        {
            throw Errors.WrongSelfType(ExceptionTypes.BaseException, self);
        }

        // The instance's own class name: E('x',) for a user subclass.
        var sb = new StringBuilder();
        sb.Append(self.Type.Name);
        e.Args.Print(sb, true);
        return new StrObject(sb.ToString());
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        switch (name.Value)
        {
            case "args":
                value = Args;
                return true;
            case "value":
            case "errno":
                value = Value;
                return true;
            case "code" when Type.IsSubtypeOf(ExceptionTypes.SystemExit):
                // As CPython: None, the single argument, or the argument tuple.
                value = Args.Items.Length switch { 0 => NoneObject.None, 1 => Args.Items[0], _ => Args };
                return true;
            case "strerror" when Type.IsSubtypeOf(ExceptionTypes.OSError):
                value = Args.Items.Length > 1 ? Args.Items[1] : NoneObject.None;
                return true;
            case "filename" when Type.IsSubtypeOf(ExceptionTypes.OSError):
                value = Args.Items.Length > 2 ? Args.Items[2] : NoneObject.None;
                return true;
            case "filename2" when Type.IsSubtypeOf(ExceptionTypes.OSError):
                value = Args.Items.Length > 4 ? Args.Items[4] : NoneObject.None;
                return true;
            default:
                return base.TryLoadAttr(name, out value);
        }
    }

    /// <summary>Built-in exception instances take no attributes: <c>'ValueError' object has no attribute 'x'</c>.</summary>
    public override void StoreAttr(StrObject name, PyObject? value)
    {
        throw Errors.CantStoreAttribute(this, name.Value);
    }
}
