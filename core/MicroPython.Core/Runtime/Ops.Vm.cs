using MicroPython.Objects;

namespace MicroPython.Runtime;

// Helpers the VM provides to the rest of the runtime.
public static partial class Ops
{
    /// <summary>
    /// The value the <c>StopIteration</c> should carry once <paramref name="iterator"/>'s <see cref="PyObject.Next"/>
    /// returned null: a generator's <c>return</c> value (so <c>next(g)</c> raises <c>StopIteration(value)</c>),
    /// null for every other iterator or a bare return.
    /// </summary>
    public static PyObject? StopIterationValue(PyObject iterator) =>
        iterator is GeneratorObject g && !ReferenceEquals(g.ReturnValue, NoneObject.None) ? g.ReturnValue : null;
}
