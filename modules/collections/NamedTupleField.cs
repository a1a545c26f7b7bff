using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Collections;

/// <summary>
/// A field of a namedtuple type, found in its class dict: reading it on an instance gives the tuple item at its
/// position; storing or deleting is <c>AttributeError: can't set attribute</c> (tuples are immutable).
/// </summary>
internal sealed class NamedTupleField : PyObject, IDataDescriptor
{
    private static readonly TypeObject s_type = TypeObject.CreateBuiltin("_tuplegetter", null);

    private readonly int _index;

    public NamedTupleField(int index)
        : base(s_type)
    {
        _index = index;
    }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner)
    {
        if (instance == null)
        {
            return this;
        }

        return instance.NativeSelf is TupleObject t && _index < t.Items.Length
            ? t.Items[_index]
            : throw Errors.TypeError($"descriptor for field {_index} doesn't apply to a '{instance.Type.Name}' object");
    }

    public void DescriptorSet(PyObject instance, PyObject? value) => throw Errors.AttributeError("can't set attribute");
}
