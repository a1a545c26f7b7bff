using MicroPython.Objects;

namespace MicroPython.Runtime;

// isinstance / issubclass with MicroPython's rules and texts (modbuiltins.c, objtype.c mp_obj_is_subclass).
public static partial class Ops
{
    /// <summary><c>isinstance(obj, classOrTuple)</c>.</summary>
    public static bool IsInstance(PyObject obj, PyObject classOrTuple) => IsSubclassOf(obj.Type, classOrTuple);

    /// <summary><c>issubclass(cls, classOrTuple)</c>.</summary>
    public static bool IsSubclass(PyObject cls, PyObject classOrTuple)
    {
        if (cls is not TypeObject t)
        {
            throw Errors.TypeError("issubclass() arg 1 must be a class");
        }

        return IsSubclassOf(t, classOrTuple);
    }

    private static bool IsSubclassOf(TypeObject t, PyObject classOrTuple)
    {
        if (classOrTuple is TypeObject c)
        {
            return t.IsSubtypeOf(c) || ReferenceEquals(c, TypeObject.ObjectType);
        }

        if (classOrTuple is TupleObject tuple && ReferenceEquals(tuple.Type, TupleObject.PyType))
        {
            // Items that are not classes never match (no nested tuples, no error), as in MicroPython.
            foreach (var item in tuple.Items)
            {
                if (item is TypeObject ci && (t.IsSubtypeOf(ci) || ReferenceEquals(ci, TypeObject.ObjectType)))
                {
                    return true;
                }
            }

            return false;
        }

        throw Errors.TypeError("issubclass() arg 2 must be a class or a tuple of classes");
    }

    /// <summary>A <c>TypeError</c> without arguments (MicroPython's <c>mp_raise_TypeError(NULL)</c>; prints <c>TypeError: </c>).</summary>
    public static PyException TypeErrorWithoutMessage() => Errors.Make(ExceptionTypes.TypeError, (string?)null);

    /// <summary>
    /// Looks up a special method on the type of <paramref name="o"/> (not the instance dict), bound to
    /// <paramref name="o"/>: e.g. <c>__enter__</c>/<c>__exit__</c>. Null when the type has no such attribute.
    /// </summary>
    public static PyObject? LookupSpecial(PyObject o, StrObject name)
    {
        var desc = o.Type.Lookup(name);
        return desc == null ? null : InstanceObject.GetDescriptorValue(desc, o);
    }
}
