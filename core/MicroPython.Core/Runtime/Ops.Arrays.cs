using System;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// The items of a tuple or list without copying (MicroPython's mp_obj_get_array): for built-ins and module
// plug-ins that take "a tuple or list" argument, with MicroPython's text for anything else.
public static partial class Ops
{
    /// <summary>
    /// The items of <paramref name="obj"/> when it is a tuple or a list (or an instance of a subclass of either),
    /// as a view valid until the list is next mutated; otherwise <c>TypeError: object 'T' isn't a tuple or list</c>.
    /// </summary>
    public static ReadOnlySpan<PyObject> TupleOrListItems(PyObject obj)
    {
        switch (obj.NativeSelf)
        {
            case TupleObject t:
                return t.Items;
            case ListObject l:
                return new ReadOnlySpan<PyObject>(l.RawItems, 0, l.Count);
            default:
                throw Errors.TypeError($"object '{obj.Type.Name}' isn't a tuple or list");
        }
    }
}
